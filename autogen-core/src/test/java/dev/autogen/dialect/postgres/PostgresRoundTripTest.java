package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios on real PostgreSQL: render, execute, introspect, compare; then the inverses lead back. */
class PostgresRoundTripTest {

    private static final TableName CUSTOMER = TableName.of("customer");
    private static final TableName ORDER = TableName.of("order");
    private static final TableName LINE = TableName.of("order_line");

    private static Table customer() {
        return new Table(CUSTOMER, List.of(
                Column.of("id", "bigint").generatedAsIdentity(),
                Column.of("email", "character varying(255)").notNull(),
                Column.of("name", "text").withDefault("'anonymous'"),
                Column.of("active", "boolean").notNull().withDefault("true"),
                Column.of("created_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                Column.of("balance", "numeric(38,2)").withDefault("0"),
                Column.of("region", "character(2)"),
                Column.of("tags", "text[]")),
                new PrimaryKey("customer_pkey", List.of("id")),
                List.of(new UniqueConstraint("uk_customer_email", List.of("email")),
                        new UniqueConstraint("uk_customer_name_region", List.of("region", "name"))),
                List.of(), List.of());
    }

    private static Table order() {
        return new Table(ORDER, List.of(
                Column.of("id", "bigint").notNull(),
                Column.of("seq", "integer").notNull(),
                Column.of("customer_id", "bigint"),
                Column.of("referrer_id", "bigint"),
                Column.of("group", "character varying(40)")),
                new PrimaryKey(null, List.of("seq", "id")), List.of(), List.of(), List.of());
    }

    private static Table line() {
        return new Table(LINE, List.of(
                Column.of("order_id", "bigint").notNull(),
                Column.of("order_seq", "integer").notNull(),
                Column.of("line", "integer").notNull(),
                Column.of("customer_id", "bigint").withDefault("0"),
                Column.of("note_customer_id", "bigint"),
                Column.of("keeper_id", "bigint")),
                new PrimaryKey("pk_order_line", List.of("order_id", "order_seq", "line")),
                List.of(), List.of(), List.of());
    }

    private static List<Operation> foreignKeysAndIndexes() {
        return List.of(
                new AddForeignKey(ORDER, new ForeignKey("fk_order_customer", List.of("customer_id"), CUSTOMER,
                        List.of("id"), ReferentialAction.CASCADE)),
                new AddForeignKey(ORDER, new ForeignKey("fk_order_referrer", List.of("referrer_id"), CUSTOMER,
                        List.of("id"), ReferentialAction.SET_NULL)),
                new AddForeignKey(LINE, new ForeignKey("fk_line_order", List.of("order_seq", "order_id"), ORDER,
                        List.of("seq", "id"), ReferentialAction.NO_ACTION)),
                new AddForeignKey(LINE, new ForeignKey("fk_line_customer", List.of("customer_id"), CUSTOMER,
                        List.of("id"), ReferentialAction.SET_DEFAULT)),
                new AddForeignKey(LINE, new ForeignKey("fk_line_note", List.of("note_customer_id"), CUSTOMER,
                        List.of("id"), ReferentialAction.RESTRICT)),
                new CreateIndex(CUSTOMER, new Index("ix_customer_lower_email", List.of("lower(email)"), true)),
                new CreateIndex(CUSTOMER, new Index("ix_customer_created", List.of("created_at DESC", "name"), false)),
                new CreateIndex(ORDER, new Index("ix_order_group", List.of("group", "customer_id"), false)),
                new CreateIndex(LINE, new Index("ux_line_keeper", List.of("keeper_id"), true)));
    }

    @Test
    void createTablesForeignKeysAndIndexesThenUndoThem() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            List<Operation> upgrade = new ArrayList<>(List.of(
                    new CreateTable(customer()), new CreateTable(order()), new CreateTable(line())));
            Pg.apply(db, upgrade);
            Schema afterTables = Pg.introspect(db);
            assertThat(afterTables).isEqualTo(Schema.of(List.of(customer(), order().withPrimaryKey(
                    new PrimaryKey("order_pkey", List.of("seq", "id"))), line())));

            List<Operation> constraints = foreignKeysAndIndexes();
            Pg.apply(db, constraints);
            upgrade.addAll(constraints);
            Schema full = Pg.introspect(db);
            Table expectedLine = line().withForeignKeys(fks -> List.of(
                    new ForeignKey("fk_line_order", List.of("order_seq", "order_id"), ORDER, List.of("seq", "id"), null),
                    new ForeignKey("fk_line_customer", List.of("customer_id"), CUSTOMER, List.of("id"),
                            ReferentialAction.SET_DEFAULT),
                    new ForeignKey("fk_line_note", List.of("note_customer_id"), CUSTOMER, List.of("id"),
                            ReferentialAction.RESTRICT)))
                    .withIndexes(is -> List.of(new Index("ux_line_keeper", List.of("keeper_id"), true)));
            assertThat(full.table(LINE)).contains(expectedLine);
            assertThat(full.table(CUSTOMER).orElseThrow().indexes()).containsExactly(
                    new Index("ix_customer_created", List.of("created_at DESC", "name"), false),
                    new Index("ix_customer_lower_email", List.of("lower(email::text)"), true));
            assertThat(full.table(ORDER).orElseThrow().foreignKeys()).extracting(ForeignKey::onDelete)
                    .containsExactly(ReferentialAction.CASCADE, ReferentialAction.SET_NULL);
            assertThat(full.table(ORDER).orElseThrow().indexes()).containsExactly(
                    new Index("ix_order_group", List.of("group", "customer_id"), false));

            List<Operation> downgrade = new ArrayList<>();
            for (Operation op : upgrade) {
                downgrade.add(op.inverse());
            }
            Collections.reverse(downgrade);
            Pg.apply(db, downgrade.subList(0, constraints.size()));
            assertThat(Pg.introspect(db)).isEqualTo(afterTables);
            Pg.apply(db, downgrade.subList(constraints.size(), downgrade.size()));
            assertThat(Pg.introspect(db)).isEqualTo(Schema.empty());
        }
    }

    @Test
    void primaryKeysAndUniquesAddedAndDroppedOnTheirOwn() throws Exception {
        Table bare = new Table(CUSTOMER, customer().columns(), null, List.of(), List.of(), List.of());
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateTable(bare));
            Schema start = Pg.introspect(db);
            List<Operation> ops = List.of(
                    new AddPrimaryKey(CUSTOMER, new PrimaryKey(null, List.of("id"))),
                    new AddUnique(CUSTOMER, new UniqueConstraint("uk_email", List.of("email"))));
            Pg.apply(db, ops);
            assertThat(Pg.introspect(db).table(CUSTOMER)).contains(bare
                    .withPrimaryKey(new PrimaryKey("customer_pkey", List.of("id")))
                    .withUniques(us -> List.of(new UniqueConstraint("uk_email", List.of("email")))));
            // an unnamed primary key is dropped by the name PostgreSQL gave it
            assertThat(Pg.DIALECT.render(ops.get(0).inverse()))
                    .containsExactly("ALTER TABLE customer DROP CONSTRAINT customer_pkey");
            Pg.apply(db, ops.get(1).inverse(), ops.get(0).inverse());
            assertThat(Pg.introspect(db)).isEqualTo(start);
        }
    }

    @Test
    void schemaQualifiedTablesKeepTheirSchema() throws Exception {
        TableName billing = new TableName("Billing", "invoice");
        Table invoice = new Table(billing, List.of(Column.of("id", "integer").notNull(),
                Column.of("customer_id", "bigint")), new PrimaryKey("invoice_pkey", List.of("id")),
                List.of(), List.of(), List.of());
        ForeignKey fk = new ForeignKey("fk_invoice_customer", List.of("customer_id"), CUSTOMER, List.of("id"), null);
        Index index = new Index("ix_invoice_customer", List.of("customer_id"), false);
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE SCHEMA \"Billing\"");
            List<Operation> ops = List.of(new CreateTable(customer()), new CreateTable(invoice),
                    new AddForeignKey(billing, fk), new CreateIndex(billing, index));
            Pg.apply(db, ops);
            try (var c = db.connect()) {
                Schema both = Pg.DIALECT.introspect(c, new dev.autogen.dialect.IntrospectionFilter(
                        java.util.Set.of("public", "Billing"), java.util.Set.of()));
                assertThat(both.table(billing)).contains(invoice.withForeignKeys(f -> List.of(fk))
                        .withIndexes(i -> List.of(index)));
                assertThat(both.table(CUSTOMER)).contains(customer());
                Schema onlyPublicExceptCustomer = Pg.DIALECT.introspect(c,
                        dev.autogen.dialect.IntrospectionFilter.defaultSchemaExcept(CUSTOMER));
                assertThat(onlyPublicExceptCustomer).isEqualTo(Schema.empty());
            }
            Pg.apply(db, ops.get(3).inverse(), ops.get(2).inverse());
            assertThat(Pg.DIALECT.render(ops.get(3).inverse())).containsExactly("DROP INDEX \"Billing\".ix_invoice_customer");
        }
    }

    @Test
    void executeRunsItsSqlAndItsInverseTheReverse() throws Exception {
        Execute op = new Execute("CREATE TABLE made_by_hand (id int)", "DROP TABLE made_by_hand");
        assertThat(Pg.DIALECT.render(new Execute(null, "x"))).isEmpty();
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, op);
            assertThat(Pg.introspect(db).tables()).extracting(Table::name)
                    .containsExactly(TableName.of("made_by_hand"));
            Pg.apply(db, op.inverse());
            assertThat(Pg.introspect(db)).isEqualTo(Schema.empty());
        }
    }
}
