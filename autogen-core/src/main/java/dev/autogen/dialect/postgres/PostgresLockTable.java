package dev.autogen.dialect.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's shared lock table, which one transaction can fill: every table, index and sequence
 * a migration creates or changes holds a lock until it commits, and the server has room for
 * {@code max_locks_per_transaction × (max_connections + max_prepared_transactions)} of them, shared
 * by all sessions (6,400 on a default server: a migration of a few thousand tables). Past that the
 * statement fails with {@code out of shared memory}; this says what to do instead.
 */
final class PostgresLockTable {

    /** SQLState {@code out_of_memory}, which PostgreSQL also uses for a full lock table. */
    private static final String OUT_OF_MEMORY = "53200";

    private PostgresLockTable() {
    }

    /** The advice for a full lock table, or empty when {@code e} is something else. */
    static String advice(Connection connection, SQLException e) {
        if (!isFull(e)) {
            return "";
        }
        return "; the migration's transaction holds more locks than the server's lock table has room for ("
                + settings(connection) + "): raise max_locks_per_transaction in postgresql.conf and restart the "
                + "server, or split the migration into smaller ones (each runs in a transaction of its own)";
    }

    /** Whether {@code e} (or a cause) is PostgreSQL's "out of shared memory" that points at the lock table. */
    static boolean isFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && OUT_OF_MEMORY.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("max_locks_per_transaction")) {
                return true;
            }
        }
        return false;
    }

    private static String settings(Connection connection) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('max_locks_per_transaction'), "
                     + "current_setting('max_connections'), current_setting('max_prepared_transactions')")) {
            rs.next();
            return "max_locks_per_transaction " + rs.getString(1) + " × (max_connections " + rs.getString(2)
                    + " + max_prepared_transactions " + rs.getString(3) + ")";
        } catch (SQLException unreadable) {
            return "max_locks_per_transaction × (max_connections + max_prepared_transactions)";
        }
    }
}
