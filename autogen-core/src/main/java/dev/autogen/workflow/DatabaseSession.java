package dev.autogen.workflow;

import dev.autogen.config.DatabaseUrl;
import dev.autogen.embedded.DevDatabase;
import dev.autogen.embedded.DevServer;
import dev.autogen.embedded.EmbeddedServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An open database for one run: a live server named by a URL, the project's persistent embedded
 * PostgreSQL, or a throwaway embedded one. Closing it closes the connection and stops any server
 * it started.
 */
public final class DatabaseSession implements AutoCloseable {

    private final Connection connection;
    private final DevServer server;
    private final String description;

    private DatabaseSession(Connection connection, DevServer server, String description) {
        this.connection = connection;
        this.server = server;
        this.description = description;
    }

    public static DatabaseSession live(DatabaseUrl url) {
        return new DatabaseSession(Connections.open(url), null, url.toString());
    }

    public static DatabaseSession persistentEmbedded(Path dataDirectory) {
        EmbeddedServer server = EmbeddedServer.persistent(dataDirectory);
        return started(server, "embedded PostgreSQL in " + dataDirectory);
    }

    public static DatabaseSession throwawayEmbedded() {
        return started(EmbeddedServer.throwaway(), "throwaway embedded PostgreSQL");
    }

    /** A throwaway server of the configured kind ({@code [database] dev_database}), stopped on close. */
    public static DatabaseSession throwaway(DevDatabase kind) {
        if (kind.isEmbedded()) {
            return throwawayEmbedded();
        }
        return started(kind.start(), "throwaway PostgreSQL (" + kind + ")");
    }

    /**
     * A throwaway embedded server started from a copy of a kept cluster; empty when it will not
     * start (the entry is then deleted).
     */
    static java.util.Optional<DatabaseSession> throwawayFrom(dev.autogen.embedded.SnapshotStore store,
                                                            dev.autogen.embedded.SnapshotStore.Entry entry) {
        return store.start(entry).map(server -> started(server, "throwaway embedded PostgreSQL"));
    }

    /**
     * Closes this session and keeps its throwaway embedded cluster in {@code store} as {@code name}
     * with {@code text}; returns whether it was kept (the server is stopped either way).
     */
    boolean closeKeeping(dev.autogen.embedded.SnapshotStore store, String name, String text) {
        if (!(server instanceof EmbeddedServer embedded)) {
            close();
            return false;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
        return store.keep(embedded, name, text);
    }

    static DatabaseSession started(DevServer server, String description) {
        try {
            return new DatabaseSession(Connections.open(server.url()), server, description);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Where this database is, for messages; never shows a password. */
    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return server != null;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
