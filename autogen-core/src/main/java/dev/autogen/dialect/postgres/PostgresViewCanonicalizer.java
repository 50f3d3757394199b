package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.quote;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spells the queries of the desired views ({@code @View}) as {@code pg_get_viewdef} prints them,
 * which is how introspection reads a view. The spelling depends on the types of what a view reads
 * ({@code total > 1000} on a numeric is {@code total > (1000)::numeric}), so the desired tables a
 * query mentions become temporary tables of the same name, columns and types, which hide the real
 * ones, and each view becomes a temporary view of its own name over them (views on views read the
 * temporary ones); the definitions are read back, all in a transaction (or savepoint) that is
 * rolled back, in two round trips whatever the number of views. A query PostgreSQL refuses keeps
 * the entity's spelling.
 */
final class PostgresViewCanonicalizer {

    private static final String PREFIX = "autogen_canon_view_";

    /** Temporary view name and its definition; the parameter is their names. */
    static final String DEFINITIONS = """
            SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid)
            FROM pg_catalog.pg_class c
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname = ANY (?::text[])""";

    /** Views on views on views...: how deep the passes that create the temporary views go. */
    private static final int MAX_PASSES = 6;

    private PostgresViewCanonicalizer() {
    }

    /**
     * A view of the default schema gets its own name, so that the views that read it read the
     * temporary one; another keeps the real one (a temporary relation has no schema of its choice).
     */
    private static String temporaryName(View view, int index) {
        return view.name().schema() == null ? view.name().name() : PREFIX + index;
    }

    private static boolean mentions(View view, String relation) {
        return Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(relation) + "(?![\\w$])")
                .matcher(view.definition()).find();
    }

    static Schema canonicalize(Connection connection, Schema desired) throws SQLException {
        List<View> views = desired.views().stream().filter(v -> !v.materialized()).toList();
        if (views.isEmpty()) {
            return desired;
        }
        List<PostgresCanonicalizer.Attempt> statements = new ArrayList<>();
        for (Table table : desired.tables()) {
            if (table.name().schema() == null && views.stream().anyMatch(v -> mentions(v, table.name().name()))) {
                statements.add(PostgresCanonicalizer.Attempt.of("CREATE TEMPORARY TABLE " + quote(table.name().name())
                        + table.columns().stream().map(c -> quote(c.name()) + " " + c.type())
                        .collect(Collectors.joining(", ", " (", ")"))));
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            names.add(temporaryName(views.get(i), i));
        }
        // views on views: each pass creates those whose views exist by then (the rest fail and wait)
        for (int pass = 0; pass < Math.min(views.size(), MAX_PASSES); pass++) {
            for (int i = 0; i < views.size(); i++) {
                statements.add(PostgresCanonicalizer.Attempt.of("CREATE TEMPORARY VIEW " + quote(names.get(i))
                        + " AS " + views.get(i).definition()));
            }
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
            String definition = definitions.get(names.get(i));
            if (definition != null) {
                View view = views.get(i);
                out = out.with(new View(view.name(), definition, view.materialized(), view.uses()));
            }
        }
        return out;
    }
}
