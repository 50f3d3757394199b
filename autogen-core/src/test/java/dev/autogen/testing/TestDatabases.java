package dev.autogen.testing;

import dev.autogen.config.DatabaseUrl;
import dev.autogen.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL for tests: one server per test JVM (the embedded one, or the server that
 * {@code AUTOGEN_TEST_PG_URL} names, as a JDBC URL to a database the user may create databases
 * from), and a fresh, empty database per test: created from {@code template0}, or one an earlier
 * test closed, reset and proved to be as fresh ({@link TestDatabaseRecycler}).
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final TestDatabaseRecycler RECYCLER = new TestDatabaseRecycler();
    private static final Deque<String> RECYCLED = new ArrayDeque<>();
    private static Server server;

    private TestDatabases() {
    }

    /** A new empty database; drop it with {@link TestDatabase#close()}. */
    public static TestDatabase create() {
        Server s = server();
        String name;
        synchronized (RECYCLED) {
            name = RECYCLED.pollFirst();
        }
        if (name == null) {
            name = "t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            try (Connection c = s.connect(s.adminUrl); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
            try (Connection c = s.connect(s.urlFor(name))) {
                RECYCLER.fresh(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read test database " + name, e);
            }
        }
        String created = name;
        return new TestDatabase(s.urlFor(name), s.user, s.password, () -> recycleOrDrop(created));
    }

    private static void recycleOrDrop(String name) {
        Server s = server();
        boolean clean;
        try (Connection admin = s.connect(s.adminUrl)) {
            clean = RECYCLER.reset(admin, name, () -> s.connect(s.urlFor(name)));
        } catch (SQLException e) {
            clean = false;
        }
        if (clean) {
            synchronized (RECYCLED) {
                RECYCLED.addFirst(name);
            }
        } else {
            drop(name);
        }
    }

    /** Whether the server is the embedded one this JVM started (its files are local, its superuser known). */
    public static boolean embedded() {
        return server().user != null;
    }

    /** Runs statements on the server's admin database, in auto-commit mode. */
    public static void admin(String... sql) {
        Server s = server();
        try (Connection c = s.connect(s.adminUrl); Statement st = c.createStatement()) {
            for (String one : sql) {
                st.execute(one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("admin statement failed: " + e.getMessage(), e);
        }
    }

    /** One value from the server's admin database. */
    public static String adminQuery(String sql) {
        Server s = server();
        try (Connection c = s.connect(s.adminUrl); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("admin query failed: " + e.getMessage(), e);
        }
    }

    private static void drop(String name) {
        Server s = server();
        try (Connection c = s.connect(s.adminUrl); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = System.getenv("AUTOGEN_TEST_PG_URL");
            server = url == null || url.isBlank() ? Server.embedded() : Server.external(url);
        }
        return server;
    }

    private record Server(String adminUrl, String urlPrefix, String urlSuffix, String user, String password) {

        /** autogen's own throwaway server: password-protected, stopped when the JVM exits, reaped if killed. */
        static Server embedded() {
            DatabaseUrl url = EmbeddedServer.throwaway().url();
            String prefix = url.jdbcUrl().substring(0, url.jdbcUrl().lastIndexOf('/') + 1);
            return new Server(url.jdbcUrl(), prefix, "", url.user(), url.password());
        }

        /** {@code jdbc:postgresql://host:port/db?user=..&password=..}: credentials stay in the URL. */
        static Server external(String url) {
            int q = url.indexOf('?');
            String base = q < 0 ? url : url.substring(0, q);
            String params = q < 0 ? "" : url.substring(q);
            String prefix = base.substring(0, base.lastIndexOf('/') + 1);
            return new Server(url, prefix, params, null, null);
        }

        String urlFor(String database) {
            return urlPrefix + database + urlSuffix;
        }

        Connection connect(String url) throws SQLException {
            Properties props = new Properties();
            if (user != null) {
                props.setProperty("user", user);
                props.setProperty("password", password);
            }
            return DriverManager.getConnection(url, props);
        }
    }
}
