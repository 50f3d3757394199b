package dev.autogen.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The schema {@code public} of a database, read from PostgreSQL's catalog with PostgreSQL's own
 * rendering functions ({@code format_type}, {@code pg_get_constraintdef}, {@code pg_get_indexdef},
 * {@code pg_get_viewdef}): one sorted line per object, independent of autogen's introspection, so that
 * "downgrade restores the exact schema" is judged by the server itself.
 */
final class CatalogSnapshot {

    private static final String COLUMNS = """
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
                   || CASE a.attidentity WHEN 'a' THEN ' IDENTITY ALWAYS' WHEN 'd' THEN ' IDENTITY BY DEFAULT' ELSE '' END
                   || CASE a.attgenerated WHEN 's' THEN ' GENERATED STORED' ELSE '' END
                   || COALESCE(' COLLATE ' || NULLIF(co.collname, 'default'), '')
                   || COALESCE(' COMMENT ' || col_description(c.oid, a.attnum), '')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
            """;

    private static final String RELATIONS = """
            SELECT CASE c.relkind WHEN 'r' THEN 'table ' WHEN 'p' THEN 'partitioned table ' WHEN 'v' THEN 'view '
                   WHEN 'm' THEN 'materialized view ' END || c.relname
                   || CASE WHEN c.relkind IN ('v', 'm') THEN ' AS ' || pg_get_viewdef(c.oid) ELSE '' END
                   || COALESCE(' COMMENT ' || obj_description(c.oid, 'pg_class'), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
            """;

    private static final String CONSTRAINTS = """
            SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                   || CASE WHEN k.convalidated THEN '' ELSE ' (not validated)' END
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'
            """;

    private static final String INDEXES = """
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'
            """;

    private static final String SEQUENCES = """
            SELECT 'sequence ' || s.sequencename || ' ' || s.data_type || ' start ' || s.start_value
                   || ' increment ' || s.increment_by || ' min ' || s.min_value || ' max ' || s.max_value
                   || ' cache ' || s.cache_size || CASE WHEN s.cycle THEN ' cycle' ELSE '' END
                   || COALESCE(' owned by ' || (SELECT t.relname || '.' || a.attname
                        FROM pg_depend d
                        JOIN pg_class t ON t.oid = d.refobjid
                        JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = (quote_ident(s.schemaname) || '.'
                              || quote_ident(s.sequencename))::regclass AND d.deptype IN ('a', 'i')), '')
            FROM pg_sequences s
            WHERE s.schemaname = 'public'
            """;

    private static final String TYPES = """
            SELECT 'type ' || t.typname || ' ' || CASE t.typtype WHEN 'e' THEN 'enum ('
                   || (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
                   || ')' ELSE t.typtype::text END
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
            """;

    private CatalogSnapshot() {
    }

    /** Every object of the schema {@code public} but the tables named in {@code ignored} and what hangs on them. */
    static List<String> of(Connection connection, Set<String> ignored) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            for (String sql : List.of(RELATIONS, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES, TYPES)) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        // PostgreSQL's default precision of time types is 6: `timestamp` and `timestamp(6)` are one
                        // type (issue 9, class 1); autogen reads and writes them back spelled out
                        String line = rs.getString(1).replaceAll("\\b(time|timestamp|interval|second)\\(6\\)", "$1");
                        if (ignored.stream().noneMatch(t -> mentions(line, t))) {
                            lines.add(line);
                        }
                    }
                }
            }
        }
        return lines.stream().sorted().toList();
    }

    private static boolean mentions(String line, String table) {
        return line.matches("(table|column|constraint) " + table + "\\b.*") || line.contains(" ON public." + table + " ")
                || line.startsWith("sequence " + table + "_");
    }
}
