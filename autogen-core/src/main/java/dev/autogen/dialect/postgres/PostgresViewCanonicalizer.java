package dev.autogen.dialect.postgres;

import dev.autogen.schema.Schema;
import dev.autogen.schema.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spells the queries of the desired views ({@code @View}) as {@code pg_get_viewdef} prints them,
 * which is how introspection reads a view: each becomes a temporary view over the tables the
 * connection sees, read back, all in a transaction (or savepoint) that is rolled back, in two
 * round trips whatever the number of views. A query PostgreSQL refuses (it reads a table that is
 * not there yet) keeps the entity's spelling, so the view is created and compares equal once its
 * tables exist.
 */
final class PostgresViewCanonicalizer {

    private static final String PREFIX = "autogen_canon_view_";

    /** Temporary view name and its definition; the parameter is their names. */
    static final String DEFINITIONS = """
            SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid)
            FROM pg_catalog.pg_class c
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname = ANY (?::text[])""";

    private PostgresViewCanonicalizer() {
    }

    static Schema canonicalize(Connection connection, Schema desired) throws SQLException {
        List<View> views = desired.views().stream().filter(v -> !v.materialized()).toList();
        if (views.isEmpty()) {
            return desired;
        }
        List<PostgresCanonicalizer.Attempt> statements = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            names.add(PREFIX + i);
            statements.add(PostgresCanonicalizer.Attempt.of("CREATE TEMPORARY VIEW " + PREFIX + i + " AS "
                    + views.get(i).definition()));
        }
        Map<String, String> definitions = new HashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        Savepoint savepoint = autoCommit ? null : connection.setSavepoint();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute(PostgresCanonicalizer.eachOrNothing(statements));
            }
            try (PreparedStatement ps = connection.prepareStatement(DEFINITIONS)) {
                ps.setArray(1, connection.createArrayOf("text", names.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        definitions.put(rs.getString(1), PostgresIntrospector.viewDefinition(rs.getString(2)));
                    }
                }
            }
        } finally {
            if (savepoint == null) {
                connection.rollback();
                connection.setAutoCommit(true);
            } else {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        }
        Schema out = desired;
        for (int i = 0; i < views.size(); i++) {
            String definition = definitions.get(PREFIX + i);
            if (definition != null) {
                View view = views.get(i);
                out = out.with(new View(view.name(), definition, view.materialized(), view.uses()));
            }
        }
        return out;
    }
}
