package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The run lock of one version table, as the runner takes it: waits up to {@code timeout},
 * telling the listener who holds it when the first try fails and then every {@code reportEvery},
 * and fails naming the holder when the time is up.
 */
record MigrationLock(Connection connection, Dialect dialect, String key, Duration timeout, Duration reportEvery,
                     RunListener listener) {

    void acquire() {
        long start = System.nanoTime();
        try {
            connection.setAutoCommit(true);
            boolean taken = dialect.runLock().acquire(connection, key, timeout, reportEvery, holder ->
                    listener.waitingForLock(holder, Duration.ofNanos(System.nanoTime() - start), timeout));
            if (!taken) {
                throw new AutogenException("another runner holds the migration lock of this database ("
                        + dialect.runLock().holder(connection, key) + "); waited " + timeout.toSeconds()
                        + " s; try again when it is done, or wait longer with --lock-timeout SECONDS "
                        + "(or raise [migrations] lock_timeout)");
            }
        } catch (SQLException e) {
            throw new AutogenException("cannot take the migration lock: " + DatabaseErrors.message(e)
                    + "; check the connection and try again", e);
        }
    }

    void release() {
        try {
            dialect.runLock().release(connection, key);
        } catch (SQLException ignored) {
            // the session ending releases it anyway
        }
    }
}
