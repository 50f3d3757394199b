package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections and turns connection failures into one line that says what to do. */
public final class Connections {

    private Connections() {
    }

    public static Connection open(DatabaseUrl url) {
        Properties props = new Properties();
        if (url.user() != null) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "autogen");
        try {
            return DriverManager.getConnection(url.jdbcUrl(), props);
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    private static AutogenException failure(DatabaseUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = DatabaseUrl.redact(String.valueOf(e.getMessage())).replaceAll("\\s+", " ")
                .replaceAll("\\.? ?Check that the hostname and port are correct.*$", "").replaceAll("\\.$", "");
        if (state.equals("28P01") || state.equals("28000")) {
            return new AutogenException("cannot log in to " + url + ": " + message
                    + "; check the user and password in the database URL", e);
        }
        if (state.equals("3D000")) {
            return new AutogenException("database in " + url + " does not exist: " + message
                    + "; create it (createdb) or fix the URL", e);
        }
        if (state.startsWith("08")) {
            return new AutogenException("cannot reach the database at " + url + ": " + message
                    + "; is the server running and the URL right (--url, AUTOGEN_DATABASE_URL, autogen.toml)?", e);
        }
        return new AutogenException("cannot connect to " + url + ": " + message, e);
    }
}
