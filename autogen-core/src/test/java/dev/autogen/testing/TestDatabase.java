package dev.autogen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** One fresh database of the test server; closing it drops it. */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Runnable dropper;

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

    @Override
    public void close() {
        dropper.run();
    }
}
