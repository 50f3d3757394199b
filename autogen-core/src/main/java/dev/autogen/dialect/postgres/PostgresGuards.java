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

    private static final String SCHEMA = """
            SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE'), has_schema_privilege(n.oid, 'CREATE'), current_user
              FROM pg_catalog.pg_namespace n
             WHERE n.nspname = coalesce(?, current_schema())
            """;
    private static final String TABLE = "SELECT has_table_privilege(?, ?), current_user";

    private PostgresGuards() {
    }

    static Optional<String> access(Connection connection, String schema, String quotedTable, boolean exists,
                                   List<String> privileges) throws SQLException {
        Optional<String> schemaProblem = schemaAccess(connection, schema, quotedTable, exists);
        if (schemaProblem.isPresent() || !exists) {
            return schemaProblem;
        }
        List<String> lacking = new java.util.ArrayList<>();
        String role = null;
        for (String privilege : privileges) {
            try (PreparedStatement ps = connection.prepareStatement(TABLE)) {
                ps.setString(1, quotedTable);
                ps.setString(2, privilege);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    role = PostgresIdentifiers.quote(rs.getString(2));
                    if (!rs.getBoolean(1)) {
                        lacking.add(privilege);
                    }
                }
            }
        }
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("role " + role + " lacks " + String.join(", ", lacking) + " on table " + quotedTable
                + "; ask its owner for `GRANT " + String.join(", ", privileges) + " ON " + quotedTable + " TO " + role
                + "`");
    }

    /**
     * What the schema lacks for the version table: to exist, USAGE (to reach the table) and, when
     * the table is still to be created, CREATE.
     */
    private static Optional<String> schemaAccess(Connection connection, String schema, String quotedTable,
                                                 boolean exists) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SCHEMA)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    String name = schema == null ? "public" : schema;
                    return Optional.of("schema " + name + " does not exist; create it (`CREATE SCHEMA "
                            + PostgresIdentifiers.quote(name) + "`) or name another schema in [migrations] "
                            + "version_table");
                }
                String ns = PostgresIdentifiers.quote(rs.getString(1));
                String role = PostgresIdentifiers.quote(rs.getString(4));
                if (!rs.getBoolean(2) && exists) {
                    return Optional.of("role " + role + " lacks USAGE on schema " + ns + ", so it cannot reach "
                            + quotedTable + "; ask the schema's owner for `GRANT USAGE ON SCHEMA " + ns + " TO "
                            + role + "`");
                }
                if (!exists && !(rs.getBoolean(2) && rs.getBoolean(3))) {
                    return Optional.of("role " + role + " lacks " + (rs.getBoolean(2) ? "CREATE" : "USAGE and CREATE")
                            + " on schema " + ns + ", so it cannot create tables there; ask the schema's owner for "
                            + "`GRANT USAGE, CREATE ON SCHEMA " + ns + " TO " + role + "`, or have the owner create "
                            + "the version table (the first lines of `autogen upgrade --sql`)");
                }
                return Optional.empty();
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
