package dev.autogen.dialect.postgres;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Test helpers: apply operations to a test database through the dialect, and read it back. */
final class Pg {

    static final PostgresDialect DIALECT = new PostgresDialect();

    private Pg() {
    }

    static void apply(TestDatabase db, Operation... operations) throws SQLException {
        apply(db, List.of(operations));
    }

    static void apply(TestDatabase db, List<? extends Operation> operations) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (Operation op : operations) {
                for (String sql : DIALECT.render(op)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + "\n  in: " + sql, e);
                    }
                }
            }
        }
    }

    static Schema introspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return DIALECT.introspect(c, IntrospectionFilter.defaultSchemaExcept());
        }
    }
}
