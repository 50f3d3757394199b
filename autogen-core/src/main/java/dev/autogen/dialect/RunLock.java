package dev.autogen.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that keeps two runners from migrating one database at once: the second waits, up to a
 * timeout, and then fails naming the holder. Held by the connection's session, so a killed
 * process releases it.
 */
public interface RunLock {

    /** Waits for the lock named {@code key}; false when {@code timeout} passed without it. */
    default boolean acquire(Connection connection, String key, Duration timeout) throws SQLException {
        return acquire(connection, key, timeout, timeout, holder -> { });
    }

    /**
     * Waits for the lock named {@code key}, telling {@code waiting} who holds it ({@link #holder})
     * when the first try fails and then every {@code reportEvery}; false when {@code timeout}
     * passed without it.
     */
    boolean acquire(Connection connection, String key, Duration timeout, Duration reportEvery,
                    java.util.function.Consumer<String> waiting) throws SQLException;

    void release(Connection connection, String key) throws SQLException;

    /** Who holds the lock, for the message when waiting failed (e.g. "pid 4242, autogen, since 12:01:02"). */
    String holder(Connection connection, String key) throws SQLException;
}
