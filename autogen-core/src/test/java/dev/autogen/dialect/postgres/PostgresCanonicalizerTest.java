package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Desired checks and expression index keys, spelled by PostgreSQL, equal what introspection reads after creating them. */
class PostgresCanonicalizerTest {

    private static final TableName PRODUCT = new TableName("shop", "product");

    /** Checks as Hibernate writes them (enums, Bean Validation {@code @Min}/{@code @Max}/{@code @DecimalMin}...). */
    private static Table product() {
        return new Table(PRODUCT, List.of(Column.of("id", "bigint").notNull(),
                Column.of("status", "character varying(255)"), Column.of("qty", "integer"),
                Column.of("amount", "numeric(38,2)"), Column.of("flag", "boolean"),
                Column.of("email", "character varying(255)")),
                new PrimaryKey("product_pkey", List.of("id")), List.of(), List.of(
                new CheckConstraint("product_status_check", "status in ('ACTIVE','INACTIVE')"),
                new CheckConstraint("product_qty_check", "qty>=1"),
                new CheckConstraint("product_qty_check1", "qty<=10"),
                new CheckConstraint("product_amount_check", "amount between 0 and 100"),
                new CheckConstraint("product_flag_check", "flag = true")),
                List.of(), List.of(), null);
    }

    private static final Index BY_EMAIL = new Index("ix_product_email", List.of("lower(email)", "id"), true);
    private static final Index BY_QTY = new Index("ix_product_qty", List.of("qty"), false);

    @Test
    void canonicalChecksAndIndexKeysEqualIntrospectedOnes() throws Exception {
        Table desiredTable = product().withIndexes(i -> List.of(BY_EMAIL, BY_QTY));
        Schema desired = Schema.of(List.of(desiredTable, new Table(TableName.of("plain"),
                List.of(Column.of("id", "integer")), null, List.of(), List.of(), List.of())));
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            db.execute("CREATE SCHEMA shop");
            Schema canonical = Pg.DIALECT.canonicalize(c, desired);

            assertThat(c.getAutoCommit()).isTrue();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relpersistence = 't'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            Table canonicalTable = canonical.table(PRODUCT).orElseThrow();
            assertThat(canonicalTable.checks()).extracting(CheckConstraint::name)
                    .containsExactlyElementsOf(desiredTable.checks().stream().map(CheckConstraint::name).toList());
            assertThat(canonicalTable.checks()).extracting(CheckConstraint::expression).containsExactly(
                    // a conjunction's terms sorted (CheckTerms): Hibernate's order is not stable from run to run
                    "amount <= 100::numeric AND amount >= 0::numeric",
                    "flag = true",
                    "qty >= 1",
                    "qty <= 10",
                    "status::text = ANY (ARRAY['ACTIVE'::character varying::text, 'INACTIVE'::character varying::text])");
            assertThat(canonicalTable.indexes()).containsExactly(
                    new Index("ix_product_email", List.of("lower(email::text)", "id"), true), BY_QTY);
            assertThat(canonical.table(TableName.of("plain"))).isEqualTo(desired.table(TableName.of("plain")));

            Pg.apply(db, new CreateTable(product()), new CreateIndex(PRODUCT, BY_EMAIL), new CreateIndex(PRODUCT, BY_QTY));
            Schema current = Pg.DIALECT.introspect(c, new dev.autogen.dialect.IntrospectionFilter(
                    java.util.Set.of("shop"), java.util.Set.of()));
            // PostgreSQL's spelling depends on how an expression was written, so both sides are canonicalised
            assertThat(Pg.DIALECT.canonicalize(c, current).table(PRODUCT)).contains(canonicalTable);
            assertThat(Pg.DIALECT.canonicalize(c, canonical)).isEqualTo(canonical);
        }
    }

    @Test
    void whatPostgresRefusesKeepsItsSpellingAndTheCallersTransactionSurvives() throws Exception {
        Table table = new Table(TableName.of("t"), List.of(Column.of("a", "integer"), Column.of("b", "no_such_type")),
                null, List.of(), List.of(new CheckConstraint("ck_b", "b > 0")), List.of(), List.of(), null);
        Table other = new Table(TableName.of("u"), List.of(Column.of("a", "integer")), null, List.of(),
                List.of(new CheckConstraint("ck_bad", "no_such_function(a)"), new CheckConstraint("ck_ok", "a>0"),
                        new CheckConstraint("ck_syntax", "a >>> $x$ 0")), List.of(),
                List.of(new Index("ix_bad", List.of("nope(a)"), false)), null);
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE mine (id int)");
            }
            Schema canonical = Pg.DIALECT.canonicalize(c, Schema.of(List.of(table, other)));
            assertThat(canonical.table(TableName.of("t"))).contains(table);
            assertThat(canonical.table(TableName.of("u")).orElseThrow().checks()).containsExactly(
                    new CheckConstraint("ck_bad", "no_such_function(a)"), new CheckConstraint("ck_ok", "a > 0"),
                    new CheckConstraint("ck_syntax", "a >>> $x$ 0"));
            assertThat(canonical.table(TableName.of("u")).orElseThrow().indexes()).isEqualTo(other.indexes());
            assertThat(c.getAutoCommit()).isFalse();
            c.commit();
            c.setAutoCommit(true);
            assertThat(db.tables()).containsExactly("mine");
        }
    }
}
