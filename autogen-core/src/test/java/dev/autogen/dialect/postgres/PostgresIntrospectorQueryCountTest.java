package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Introspection runs the same number of queries (seven) for 3 tables as for 60, sequences, enum types, checks, comments and views included. */
class PostgresIntrospectorQueryCountTest {

    @Test
    void queryCountDoesNotGrowWithTheNumberOfTables() throws Exception {
        int small = queriesFor(3);
        int large = queriesFor(60);
        assertThat(small).isEqualTo(large).isEqualTo(7);
    }

    private static int queriesFor(int tables) throws SQLException {
        try (TestDatabase db = TestDatabases.create()) {
            List<String> ddl = new ArrayList<>();
            for (int i = 0; i < tables; i++) {
                ddl.add("CREATE TYPE e" + i + " AS ENUM ('A', 'B')");
                ddl.add("CREATE TABLE t" + i + " (id bigint PRIMARY KEY, code varchar(20) UNIQUE,"
                        + " parent_id bigint REFERENCES t" + (i == 0 ? 0 : i - 1) + " (id),"
                        + " created timestamp(6) DEFAULT now() NOT NULL CHECK (created > '2000-01-01'),"
                        + " n serial CHECK (n > 0), state e" + i + ")");
                ddl.add("CREATE INDEX ix_t" + i + "_created ON t" + i + " (created, lower(code))");
                ddl.add("CREATE SEQUENCE s" + i + " INCREMENT BY 50");
                ddl.add("COMMENT ON TABLE t" + i + " IS 'table " + i + "'");
                ddl.add("COMMENT ON COLUMN t" + i + ".code IS 'code " + i + "'");
                ddl.add("CREATE " + (i % 2 == 0 ? "MATERIALIZED " : "") + "VIEW v" + i + " AS SELECT id, code FROM t" + i);
            }
            db.execute(ddl.toArray(String[]::new));
            AtomicInteger statements = new AtomicInteger();
            try (Connection real = db.connect()) {
                Schema schema = Pg.DIALECT.introspect(counting(real, statements),
                        IntrospectionFilter.defaultSchemaExcept());
                assertThat(schema.tables()).hasSize(tables);
                // s<i>, and t<i>_n_seq owned by the serial column t<i>.n
                assertThat(schema.sequences()).hasSize(2 * tables);
                assertThat(schema.sequences()).filteredOn(q -> q.owner() != null).hasSize(tables)
                        .allSatisfy(q -> assertThat(q.owner().column()).isEqualTo("n"));
                assertThat(schema.views()).hasSize(tables).allSatisfy(v -> assertThat(v.uses()).hasSize(2));
                assertThat(schema.enums()).hasSize(tables).allSatisfy(e -> assertThat(e.values()).containsExactly("A", "B"));
                assertThat(schema.tables()).allSatisfy(t -> {
                    assertThat(t.columns()).hasSize(6);
                    assertThat(t.column("state").orElseThrow().type()).isEqualTo("e" + t.name().name().substring(1));
                    assertThat(t.checks()).hasSize(2);
                    assertThat(t.comment()).startsWith("table ");
                    assertThat(t.column("code").orElseThrow().comment()).startsWith("code ");
                    assertThat(t.primaryKey()).isNotNull();
                    assertThat(t.uniques()).hasSize(1);
                    assertThat(t.foreignKeys()).hasSize(1);
                    assertThat(t.indexes()).hasSize(1);
                });
            }
            return statements.get();
        }
    }

    /** The connection, counting each statement it creates (each introspection statement runs once). */
    private static Connection counting(Connection real, AtomicInteger count) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall")) {
                count.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }
}
