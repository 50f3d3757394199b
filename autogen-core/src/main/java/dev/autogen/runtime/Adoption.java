package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adopting at start-up a database that another tool built (Flyway, Liquibase, by hand): when autogen's
 * version table holds no row and the connection's schema already holds tables, the baseline revision
 * and its ancestors are recorded as applied without running, in one transaction. Runs inside a
 * {@link Runner} run, under its lock, so two instances starting together adopt once.
 */
final class Adoption {

    private Adoption() {
    }

    /** The revisions recorded as applied, in order; empty when the database was not adopted. */
    static List<String> adoptIfUnversioned(Connection connection, RevisionGraph graph, VersionTable versionTable,
                                           String baseline) {
        if (!versionTable.read(connection).isEmpty()) {
            return List.of();
        }
        try {
            if (!holdsTables(connection, versionTable)) {
                return List.of();
            }
            String revision = new Planner(graph, List.of()).revision(baseline);
            if (revision == null) {
                return List.of();
            }
            Set<String> wanted = graph.ancestorsOf(revision);
            versionTable.prepare(connection, "SELECT", "INSERT");
            connection.setAutoCommit(false);
            List<String> stamped = new ArrayList<>();
            for (MigrationScript script : graph.ordered()) {
                if (wanted.contains(script.revision())) {
                    versionTable.insert(connection, script, 0);
                    stamped.add(script.revision());
                }
            }
            connection.commit();
            return stamped;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw new AutogenException("cannot adopt the database at baseline " + baseline + ": "
                    + DatabaseErrors.message(e) + "; nothing was recorded" + DatabaseErrors.advice(e), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next use reports it
            }
        }
    }

    /** Whether the connection's current schema holds a table other than autogen's version table. */
    private static boolean holdsTables(Connection connection, VersionTable versionTable) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "PARTITIONED TABLE"})) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").equals(versionTable.name().name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
