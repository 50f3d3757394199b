package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.schema.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * autogen's record of what a database has applied: one row per applied migration, with its
 * parents, message, checksum, time, user and execution time (like Flyway's history table, so a
 * DBA can read it with plain SQL).
 */
public final class VersionTable {

    /** The columns autogen writes and reads; a table of that name without them is someone else's. */
    static final List<String> COLUMNS = List.of("revision", "parents", "message", "checksum", "applied_at",
            "applied_by", "execution_ms");

    private final TableName name;
    private final String quoted;
    private final Dialect dialect;

    public VersionTable(String name, Dialect dialect) {
        this.name = TableName.parse(name);
        this.dialect = dialect;
        this.quoted = name.contains(".")
                ? dialect.quote(this.name.schema()) + "." + dialect.quote(this.name.name())
                : dialect.quote(name);
    }

    public TableName name() {
        return name;
    }

    /** The name as SQL writes it, quoted where needed. */
    public String quotedName() {
        return quoted;
    }

    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + quoted + " ("
                + "revision varchar(64) NOT NULL PRIMARY KEY, "
                + "parents varchar(1000) NOT NULL, "
                + "message text NOT NULL, "
                + "checksum varchar(64), "
                + "applied_at timestamp with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                + "applied_by varchar(255) NOT NULL DEFAULT CURRENT_USER, "
                + "execution_ms bigint NOT NULL)";
    }

    /** The row of an applied migration as an {@code INSERT}, for offline SQL. */
    public String insertSql(MigrationScript script, Dialect dialect) {
        return "INSERT INTO " + quoted + " (revision, parents, message, checksum, execution_ms) VALUES ("
                + dialect.literal(script.revision()) + ", " + dialect.literal(String.join(",", script.parents())) + ", "
                + dialect.literal(script.message()) + ", " + dialect.literal(script.checksum()) + ", 0)";
    }

    public String deleteSql(String revision, Dialect dialect) {
        return "DELETE FROM " + quoted + " WHERE revision = " + dialect.literal(revision);
    }

    /**
     * Refuses, before anything is created or changed, a table of this name that is not a version
     * table, or a user who lacks what it takes to write this one with {@code privileges}
     * ({@code INSERT}, ...; or, when the table does not exist, to create it), naming the privilege
     * and the {@code GRANT} to ask for.
     */
    public void checkWritable(Connection connection, String... privileges) {
        try {
            writable(connection, privileges);
        } catch (SQLException e) {
            throw failedWriting(e);
        }
    }

    /** {@link #checkWritable}, then creates the table if it does not exist. */
    public void prepare(Connection connection, String... privileges) {
        try {
            if (!writable(connection, privileges)) {
                try (Statement st = connection.createStatement()) {
                    st.execute(createSql());
                }
            }
        } catch (SQLException e) {
            throw failedWriting(e);
        }
    }

    /** Whether the table exists, after the checks of {@link #checkWritable}. */
    private boolean writable(Connection connection, String... privileges) throws SQLException {
        List<String> columns = columns(connection);
        java.util.Optional<String> missing = dialect.versionTableAccess(connection, name.schema(), quoted,
                !columns.isEmpty(), List.of(privileges));
        if (missing.isPresent()) {
            throw new AutogenException("cannot write autogen's version table " + name + ": " + missing.get());
        }
        return !columns.isEmpty();
    }

    private AutogenException failedWriting(SQLException e) {
        String advice = DatabaseErrors.advice(e);
        return new AutogenException("cannot write autogen's version table " + name + ": " + DatabaseErrors.message(e)
                + (advice.isEmpty() ? "; check the [migrations] version_table setting and the user's privileges"
                : advice), e);
    }

    /** The applied revisions in the order they were applied; empty when the table does not exist. */
    public List<AppliedRevision> read(Connection connection) {
        try {
            if (columns(connection).isEmpty()) {
                return List.of();
            }
            return rows(connection);
        } catch (SQLException e) {
            String why = DatabaseErrors.message(e);
            try {
                if (DatabaseErrors.isPrivilege(e)) {
                    why = dialect.versionTableAccess(connection, name.schema(), quoted, true, List.of("SELECT"))
                            .orElse(why);
                }
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw new AutogenException("cannot read autogen's version table " + name + ": " + why, e);
        }
    }

    private List<AppliedRevision> rows(Connection connection) throws SQLException {
        List<AppliedRevision> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT revision, parents, message, checksum, applied_at, applied_by, "
                     + "execution_ms FROM " + quoted + " ORDER BY applied_at, revision")) {
            while (rs.next()) {
                String parents = rs.getString(2);
                out.add(new AppliedRevision(rs.getString(1),
                        parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getLong(7)));
            }
        }
        return out;
    }

    public void insert(Connection connection, MigrationScript script, long executionMillis) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + quoted
                + " (revision, parents, message, checksum, execution_ms) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, script.revision());
            ps.setString(2, String.join(",", script.parents()));
            ps.setString(3, script.message());
            ps.setString(4, script.checksum());
            ps.setLong(5, executionMillis);
            ps.executeUpdate();
        }
    }

    /** Records a new checksum for an applied revision ({@code autogen repair}). */
    public void updateChecksum(Connection connection, String revision, String checksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + quoted
                + " SET checksum = ? WHERE revision = ?")) {
            ps.setString(1, checksum);
            ps.setString(2, revision);
            ps.executeUpdate();
        }
    }

    public void delete(Connection connection, String revision) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + quoted + " WHERE revision = ?")) {
            ps.setString(1, revision);
            ps.executeUpdate();
        }
    }

    /**
     * The table's columns, empty when it does not exist; a table of this name that lacks autogen's
     * columns is an error naming them, since writing to it would be writing to someone else's table.
     */
    private List<String> columns(Connection connection) throws SQLException {
        List<String> columns = dialect.tableColumns(connection, name.schema(), name.name());
        if (!columns.isEmpty() && !columns.containsAll(COLUMNS)) {
            throw new AutogenException("table " + name + " exists but is not autogen's version table (its columns: "
                    + String.join(", ", columns) + "); nothing was changed; set [migrations] version_table to a name "
                    + "no other table uses, e.g. autogen_version");
        }
        return columns;
    }
}
