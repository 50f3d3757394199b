package dev.autogen.dialect.postgres;

import static dev.autogen.api.Ddl.enumColumn;
import static dev.autogen.api.Ddl.enumType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.CreateEnum;
import dev.autogen.operation.CreateSchema;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropEnum;
import dev.autogen.operation.DropTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
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

/** Enum types on real PostgreSQL: rendered, run and read back; values added in place or the type recreated. */
class PostgresEnumTest {

    private static final EnumType STATUS = enumType("status", "NEW", "PAID");

    private static Table orders() {
        return Table.of(TableName.of("orders"), List.of(Column.of("id", "bigint").notNull(),
                Column.of("status", "status").notNull().withDefault("'NEW'")));
    }

    @Test
    void valuesAreAddedInPlaceBeforeBetweenAndAfter() throws Exception {
        EnumType more = enumType("status", "CANCELLED", "NEW", "OPEN", "PAID", "SHIPPED", "LOST");
        AlterEnum alter = new AlterEnum(STATUS, more, List.of());
        assertThat(Pg.DIALECT.render(alter)).containsExactly(
                "ALTER TYPE status ADD VALUE IF NOT EXISTS 'CANCELLED' BEFORE 'NEW'",
                "ALTER TYPE status ADD VALUE IF NOT EXISTS 'OPEN' AFTER 'NEW'",
                "ALTER TYPE status ADD VALUE IF NOT EXISTS 'SHIPPED'",
                "ALTER TYPE status ADD VALUE IF NOT EXISTS 'LOST'");
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateEnum(STATUS), alter);
            assertThat(Pg.introspect(db).enums()).containsExactly(more);
        }
    }

    @Test
    void removedOrReorderedValuesRecreateTheTypeAndConvertItsColumns() throws Exception {
        EnumType reordered = enumType("status", "PAID", "NEW");
        AlterEnum alter = new AlterEnum(STATUS, reordered, List.of(enumColumn("orders", "status", "'NEW'")));
        List<String> sql = Pg.DIALECT.render(alter);
        assertThat(sql.subList(0, 3)).containsExactly(
                "ALTER TYPE status RENAME TO status_old",
                "CREATE TYPE status AS ENUM ('PAID', 'NEW')",
                "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE status USING "
                        + "status::text::status, ALTER COLUMN status SET DEFAULT 'NEW'");
        assertThat(sql.get(4)).isEqualTo("DROP TYPE status_old");
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateEnum(STATUS), new CreateTable(orders()));
            db.execute("INSERT INTO orders VALUES (1, 'PAID'), (2, DEFAULT)");
            Pg.apply(db, alter);
            Schema after = Pg.introspect(db);
            assertThat(after.enums()).containsExactly(reordered);
            assertThat(after.table(TableName.of("orders")).orElseThrow()).isEqualTo(orders());
            Pg.apply(db, alter.inverse());
            assertThat(Pg.introspect(db).enums()).containsExactly(STATUS);
            assertThat(count(db, "SELECT count(*) FROM orders WHERE status = 'PAID'")).isEqualTo(1);
        }
    }

    /**
     * Hibernate's export creates implicit casts from and to varchar with each enum type: so does
     * createEnum; they follow a recreation and go with a drop.
     */
    @Test
    void hibernatesCastsAreCreatedWithTheTypeMoveWithARecreationAndGoWithADrop() throws Exception {
        String casts = "SELECT count(*) FROM pg_cast WHERE castcontext = 'i' AND castmethod = 'i' AND "
                + "'status'::regtype IN (castsource, casttarget) AND 'character varying'::regtype IN (castsource, casttarget)";
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateEnum(STATUS), new CreateTable(orders()));
            assertThat(count(db, casts)).isEqualTo(2);
            Pg.apply(db, new AlterEnum(STATUS, enumType("status", "NEW"),
                    List.of(enumColumn("orders", "status", "'NEW'"))));
            assertThat(count(db, casts)).isEqualTo(2);
            Pg.apply(db, new DropTable(orders()), new DropEnum(enumType("status", "NEW")));
            assertThat(Pg.introspect(db).enums()).isEmpty();
            assertThat(count(db, "SELECT count(*) FROM pg_cast WHERE oid >= 16384")).isZero();
        }
    }

    /** A type another tool created without the casts: recreated without them, dropped all the same. */
    @Test
    void aTypeWithoutTheCastsIsRecreatedAndDroppedAsItIs() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TYPE status AS ENUM ('NEW', 'PAID')",
                    "CREATE TABLE orders (id bigint NOT NULL, status status NOT NULL DEFAULT 'NEW')");
            Pg.apply(db, new AlterEnum(STATUS, enumType("status", "NEW"),
                    List.of(enumColumn("orders", "status", "'NEW'"))));
            assertThat(count(db, "SELECT count(*) FROM pg_cast WHERE oid >= 16384")).isZero();
            assertThat(Pg.introspect(db).enums()).containsExactly(enumType("status", "NEW"));
            Pg.apply(db, new DropTable(orders()), new DropEnum(enumType("status", "NEW")));
            assertThat(Pg.introspect(db).enums()).isEmpty();
        }
    }

    @Test
    void enumTypesInOtherSchemasAreQualifiedInColumnTypes() throws Exception {
        EnumType kind = enumType("billing.kind", "A", "B");
        Table bill = Table.of(TableName.parse("billing.bill"), List.of(Column.of("kind", "billing.kind")));
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateSchema("billing"), new CreateEnum(kind), new CreateTable(bill));
            try (Connection c = db.connect()) {
                Schema schema = Pg.DIALECT.introspect(c, new dev.autogen.dialect.IntrospectionFilter(
                        java.util.Set.of("billing"), java.util.Set.of()));
                assertThat(schema.enums()).containsExactly(kind);
                assertThat(schema.table(bill.name()).orElseThrow()).isEqualTo(bill);
            }
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
