package dev.autogen.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * PostgreSQL's side of the version table's safety: which privileges the current user lacks to
 * keep it ({@code has_schema_privilege}, {@code has_table_privilege}), and the {@code DO} block
 * that makes an offline script stop unless the table holds the rows it expects.
 */
final class PostgresGuards {

    /**
     * The schema's USAGE and CREATE for the current user and, when the table exists and the schema
     * can be reached, the table privileges among {@code ?::text[]} that the user lacks: one round trip.
     */
    private static final String ACCESS = """
            SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE'), has_schema_privilege(n.oid, 'CREATE'), current_user,
                   CASE WHEN ? AND has_schema_privilege(n.oid, 'USAGE')
                        THEN ARRAY(SELECT p FROM unnest(?::text[]) WITH ORDINALITY AS u(p, i)
                                    WHERE NOT has_table_privilege(?, p) ORDER BY i) END
              FROM pg_catalog.pg_namespace n
             WHERE n.nspname = coalesce(?, current_schema())
            """;
    /** The columns of a table, by number; none when it does not exist. */
    private static final String COLUMNS = """
            SELECT a.attname
              FROM pg_catalog.pg_attribute a
              JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = coalesce(?, current_schema()) AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum
            """;

    private PostgresGuards() {
    }

    static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /**
     * What the schema lacks for the version table (to exist, USAGE to reach the table and, when the
     * table is still to be created, CREATE), else the table privileges the user lacks on it.
     */
    static Optional<String> access(Connection connection, String schema, String quotedTable, boolean exists,
                                   List<String> privileges) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ACCESS)) {
            ps.setBoolean(1, exists);
            ps.setArray(2, connection.createArrayOf("text", privileges.toArray()));
            ps.setString(3, quotedTable);
            ps.setString(4, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    String name = schema == null ? "public" : schema;
                    return Optional.of("schema " + name + " does not exist; create it (`CREATE SCHEMA "
                            + PostgresIdentifiers.quote(name) + "`) or name another schema in [migrations] "
                            + "version_table");
                }
                String ns = PostgresIdentifiers.quote(rs.getString(1));
                String role = PostgresIdentifiers.quote(rs.getString(4));
                boolean usage = rs.getBoolean(2);
                if (!usage && exists) {
                    return Optional.of("role " + role + " lacks USAGE on schema " + ns + ", so it cannot reach "
                            + quotedTable + "; ask the schema's owner for `GRANT USAGE ON SCHEMA " + ns + " TO "
                            + role + "`");
                }
                if (!exists && !(usage && rs.getBoolean(3))) {
                    return Optional.of("role " + role + " lacks " + (usage ? "CREATE" : "USAGE and CREATE")
                            + " on schema " + ns + ", so it cannot create tables there; ask the schema's owner for "
                            + "`GRANT USAGE, CREATE ON SCHEMA " + ns + " TO " + role + "`, or have the owner create "
                            + "the version table (the first lines of `autogen upgrade --sql`)");
                }
                java.sql.Array lacking = rs.getArray(5);
                List<String> lack = lacking == null ? List.of() : List.of((String[]) lacking.getArray());
                if (!exists || lack.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of("role " + role + " lacks " + String.join(", ", lack) + " on table " + quotedTable
                        + "; ask its owner for `GRANT " + String.join(", ", privileges) + " ON " + quotedTable
                        + " TO " + role + "`");
            }
        }
    }

    /**
     * {@code DO $autogen$ ... RAISE EXCEPTION ... $autogen$}: compares the sorted, comma-joined
     * values of the column with the expected ones.
     */
    static String assertRows(String quotedTable, String column, Collection<String> expected, String failure) {
        String want = String.join(",", new TreeSet<>(expected));
        String found = "(SELECT coalesce(string_agg(" + PostgresIdentifiers.quote(column) + ", ',' ORDER BY "
                + PostgresIdentifiers.quote(column) + "), '') FROM " + quotedTable + ")";
        String tag = "$autogen$";
        return "DO " + tag + "\nDECLARE held text := " + found + ";\nBEGIN\n  IF held <> "
                + PostgresIdentifiers.literal(want) + " THEN\n    RAISE EXCEPTION '%', "
                + PostgresIdentifiers.literal(failure + " (" + quotedTable + " holds: ") + " || CASE held WHEN '' "
                + "THEN 'no rows' ELSE held END || ')';\n  END IF;\nEND\n" + tag;
    }
}
