package dev.autogen.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.PGConnection;

/**
 * Who may connect to an embedded server: only a client that knows the superuser's password, over
 * scram-sha-256, on 127.0.0.1. No Unix socket (so no {@code peer} or {@code trust} by the back
 * door) and no other address; {@code pg_hba.conf} says so even for the lines that cannot be used.
 */
final class Access {

    static final String SUPERUSER = "postgres";
    static final String HOST = "127.0.0.1";

    /** The first line of the {@code pg_hba.conf} autogen writes: how to tell a locked-down cluster. */
    static final String HBA_MARK = "# autogen: every connection authenticates with scram-sha-256";

    private static final String HBA = HBA_MARK + "\n"
            + "# (the superuser's password is random, made per server; see docs/configuration.md)\n"
            + "local all all scram-sha-256\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n"
            + "local replication all scram-sha-256\n"
            + "host replication all 127.0.0.1/32 scram-sha-256\n"
            + "host replication all ::1/128 scram-sha-256\n";

    private Access() {
    }

    /** Server settings ({@code -c}) that keep the server to 127.0.0.1 and password logins. */
    static Map<String, String> serverSettings() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("listen_addresses", HOST);
        settings.put("unix_socket_directories", "");
        settings.put("password_encryption", "scram-sha-256");
        return settings;
    }

    /**
     * Options for {@code initdb}: scram-sha-256 for every connection and the superuser's password
     * from {@code passwordFile}. zonky passes its "locale" settings to initdb as {@code --key=value}
     * after its own {@code -A trust}, and initdb keeps the last of each: that is how they get there.
     */
    static Map<String, String> initdbOptions(Path passwordFile) {
        Map<String, String> options = new TreeMap<>();
        options.put("auth-host", "scram-sha-256");
        options.put("auth-local", "scram-sha-256");
        options.put("pwfile", passwordFile.toAbsolutePath().toString());
        return options;
    }

    /** Writes autogen's {@code pg_hba.conf} into a (stopped) cluster. */
    static void lockDown(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
    }

    /** Whether the cluster's {@code pg_hba.conf} is autogen's (else: made by an older autogen, with trust). */
    static boolean isLockedDown(Path dataDirectory) {
        try {
            return Files.readString(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8).startsWith(HBA_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sets the superuser's password. The SCRAM verifier is computed here, so the password itself
     * never reaches the server (nor its log); sessions already open stay open.
     */
    static void changePassword(Connection connection, String password) throws SQLException {
        connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
    }

    /** Rereads {@code pg_hba.conf} on a running server. */
    static void reload(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        }
    }
}
