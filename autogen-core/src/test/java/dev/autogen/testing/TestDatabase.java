package dev.autogen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** One fresh database of the test server; closing it drops it or gives it back reset ({@link TestDatabases}). */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Runnable dropper;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    TestDatabase(String url, String user, String password, Runnable dropper) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    /** The JDBC URL of this database (credentials, if any, are in {@link #user()}/{@link #password()}). */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    /** Runs each statement in auto-commit mode. */
    public void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** The JDBC URL with the credentials in it, as a user would pass it to {@code --url}. */
    public String urlWithCredentials() {
        if (user == null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "user=" + user + "&password=" + password;
    }

    /** The same database as {@code postgresql://user:password@host:port/db}, as DATABASE_URL is written. */
    public String postgresqlUrl() {
        if (user == null) {
            throw new IllegalStateException("needs a server whose credentials are known");
        }
        String rest = url.substring("jdbc:postgresql://".length());
        return "postgresql://" + user + ":" + password + "@" + rest;
    }

    /** The first column of every row of a query, as strings. */
    public List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The tables of the public schema, sorted. */
    public List<String> tables() throws SQLException {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "ORDER BY table_name");
    }

    /** The revisions recorded in autogen's version table (empty when it does not exist). */
    public List<String> appliedRevisions() throws SQLException {
        if (!tables().contains("autogen_version")) {
            return List.of();
        }
        return column("SELECT revision FROM autogen_version ORDER BY revision");
    }

    /** Gives the database back, once: a second close does nothing (the database may be another test's by then). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dropper.run();
        }
    }
}
