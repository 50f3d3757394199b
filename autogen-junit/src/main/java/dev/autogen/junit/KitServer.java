package dev.autogen.junit;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.config.UrlSetting;
import dev.autogen.embedded.DevDatabase;
import dev.autogen.embedded.DevServer;
import dev.autogen.workflow.Connections;
import dev.autogen.workflow.DatabaseSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the kit tests on, one per JVM and kind: a server the user named (the kit
 * only creates and drops its own databases on it), or one it started (embedded, or the
 * {@code dev_database} container), stopped when the JVM exits.
 */
final class KitServer {

    private static final Map<String, KitServer> SERVERS = new HashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final DatabaseUrl admin;

    private KitServer(DatabaseUrl admin) {
        this.admin = admin;
    }

    static synchronized KitServer of(Optional<UrlSetting> url, DevDatabase kind) {
        String key = url.map(u -> "url " + u.value()).orElse("dev " + kind);
        KitServer server = SERVERS.get(key);
        if (server == null) {
            server = url.map(u -> new KitServer(u.parse())).orElseGet(() -> started(kind));
            SERVERS.put(key, server);
        }
        return server;
    }

    private static KitServer started(DevDatabase kind) {
        DevServer server = kind.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "autogen-kit-server-stop"));
        return new KitServer(server.url());
    }

    /** A new database, from {@code template0}; closing it drops it. */
    FreshDatabase create() {
        String name = "autogen_kit_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE template0", "create a fresh database on");
        DatabaseSession session;
        try {
            session = DatabaseSession.live(admin.withDatabase(name));
        } catch (RuntimeException e) {
            drop(name);
            throw e;
        }
        return new FreshDatabase(session, () -> drop(name));
    }

    private void drop(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "drop the test database on");
    }

    private void admin(String sql, String what) {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AutogenException("cannot " + what + " " + admin + ": " + admin.mask(e.getMessage())
                    + "; the kit needs a user that may create databases (CREATEDB)", admin.mask(e));
        }
    }

    private Connection open() {
        try {
            return Connections.open(admin);
        } catch (AutogenException e) {
            throw new AutogenException(e.getMessage().replaceFirst("; is the server running.*$", "")
                    + "; the migration tests use the server named by url = in @AutogenMigrationTests, -D"
                    + AutogenMigrationTests.URL_PROPERTY + " or " + AutogenMigrationTests.URL_VARIABLE
                    + " (none: an embedded PostgreSQL)", e);
        }
    }
}
