package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.dialect.Dialect;
import dev.autogen.embedded.DevServer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * A copy of the live database made by its own server (PostgreSQL: {@code CREATE DATABASE … TEMPLATE}),
 * rows and all, on that server: the starting point of a proof where autogen cannot rebuild the live
 * schema from what it reads of it (an object its model does not hold). The live database is only
 * read, as the template; the copy is dropped when the session closes. The server refuses while
 * another session is connected to the live database, or when the role may not create databases;
 * the refusal is the answer, nothing is retried.
 */
final class TemplateCopy {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TemplateCopy() {
    }

    /** A session on a new copy of the database {@code live} names; fails with the server's reason. */
    static DatabaseSession create(Dialect dialect, DatabaseUrl live) {
        String name = live.database().orElseThrow(() -> new AutogenException("the URL names no database"));
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        String copyName = "autogen_proof_" + HexFormat.of().formatHex(suffix);
        Dialect.DatabaseCopy copy = dialect.databaseCopy(name, copyName).orElseThrow(() ->
                new AutogenException(dialect.name() + " has no way to copy a database"));
        DatabaseUrl admin = live.withDatabase(copy.from());
        execute(admin, copy.copy());
        DevServer server = new DevServer() {
            @Override
            public DatabaseUrl url() {
                return live.withDatabase(copyName);
            }

            @Override
            public void close() {
                try {
                    execute(admin, copy.drop());
                } catch (AutogenException ignored) {
                    // the proof's own outcome is what the user needs; a leftover copy is named autogen_proof_*
                }
            }
        };
        return DatabaseSession.started(server, "a copy of " + name + " on its server");
    }

    private static void execute(DatabaseUrl url, List<String> statements) {
        try (Connection connection = Connections.open(url); Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new AutogenException(LiveSchemaCopy.firstLine(e.getMessage()), e);
        }
    }
}
