package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.qualified;

import dev.autogen.schema.View;
import java.util.List;

/**
 * The statements that create and drop a view or materialized view. The definition is the query as
 * {@code pg_get_viewdef} prints it, or as an {@code @View} entity writes it.
 *
 * <pre>{@code
 * create(View.of("totals", "SELECT 1 AS one"))  // [CREATE VIEW totals AS SELECT 1 AS one]
 * }</pre>
 */
final class PostgresViewSql {

    private PostgresViewSql() {
    }

    static List<String> create(View view) {
        return List.of("CREATE " + kind(view) + " " + qualified(view.name()) + " AS " + view.definition().strip());
    }

    static List<String> drop(View view) {
        return List.of("DROP " + kind(view) + " " + qualified(view.name()));
    }

    private static String kind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }
}
