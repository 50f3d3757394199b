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
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "autogen");
        props.putAll(url.connectionProperties());
        try {
            return DriverManager.getConnection(url.jdbcUrl(), props);
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    /** One line without secrets; the cause's chain, for --verbose, masked too. */
    private static AutogenException failure(DatabaseUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = url.mask(String.valueOf(e.getMessage())).replaceAll("\\s+", " ")
                .replaceAll("\\.? ?Check that the hostname and port are correct.*$", "").replaceAll("\\.$", "");
        Throwable cause = url.mask(e);
        if (state.equals("28P01") || state.equals("28000")) {
            return new AutogenException("cannot log in to " + url + ": " + message
                    + "; check the user and password in " + url.source(), cause);
        }
        if (state.equals("3D000")) {
            return new AutogenException("database in " + url + " does not exist: " + message
                    + "; create it (createdb) or fix " + url.source(), cause);
        }
        if (state.startsWith("08")) {
            return new AutogenException("cannot reach the database at " + url + ": " + message
                    + "; is the server running and " + url.source() + " right?", cause);
        }
        return new AutogenException("cannot connect to " + url + ": " + message, cause);
    }
}
