package dev.autogen.dialect.postgres;

import dev.autogen.dialect.RunLock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * A session-level PostgreSQL advisory lock ({@code pg_try_advisory_lock}), polled until it is free
 * or the timeout passes; the key is a 32-bit hash of the version table's name in class 0x4147
 * ("AG"), so runners of different version tables do not wait for each other.
 */
final class PostgresRunLock implements RunLock {

    private static final int CLASS_ID = 0x4147;
    private static final long POLL_MILLIS = 100;

    private static final String TRY = "SELECT pg_try_advisory_lock(?, ?)";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(?, ?)";
    private static final String HOLDER = """
            SELECT a.pid, coalesce(nullif(a.application_name, ''), 'unknown application'),
                   coalesce(host(a.client_addr), 'local'), to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'),
                   coalesce(a.usename::text, '?')
              FROM pg_catalog.pg_locks l
              JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 2
               AND l.granted AND a.pid <> pg_backend_pid()
            """;

    @Override
    public boolean acquire(Connection connection, String key, Duration timeout, Duration reportEvery,
                           java.util.function.Consumer<String> waiting) throws SQLException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start;
        while (true) {
            try (PreparedStatement ps = connection.prepareStatement(TRY)) {
                ps.setInt(1, CLASS_ID);
                ps.setInt(2, objectId(key));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                return false;
            }
            if (now >= nextReport) {
                waiting.accept(holder(connection, key));
                nextReport = now + Math.max(reportEvery.toNanos(), POLL_MILLIS * 1_000_000);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void release(Connection connection, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UNLOCK)) {
            ps.setInt(1, CLASS_ID);
            ps.setInt(2, objectId(key));
            ps.execute();
        }
    }

    @Override
    public String holder(Connection connection, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(HOLDER)) {
            ps.setInt(1, CLASS_ID);
            ps.setLong(2, Integer.toUnsignedLong(objectId(key)));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "a session that has since ended";
                }
                return "pid " + rs.getInt(1) + ", " + rs.getString(2) + " as user " + rs.getString(5) + " from "
                        + rs.getString(3) + ", connected since "
                        + rs.getString(4);
            }
        }
    }

    static int objectId(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
