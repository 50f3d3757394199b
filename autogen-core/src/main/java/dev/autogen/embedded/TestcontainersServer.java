package dev.autogen.embedded;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL container started through Testcontainers, removed on {@link #close()}. Only loaded
 * when {@code dev_database} names one, so autogen runs without Testcontainers otherwise.
 */
final class TestcontainersServer implements DevServer {

    private static final int PORT = 5432;
    private final GenericContainer<?> container;
    private final String password;

    private TestcontainersServer(GenericContainer<?> container, String password) {
        this.container = container;
        this.password = password;
    }

    static TestcontainersServer start(String image) {
        requireDocker();
        // Docker may publish the port on every interface: a random password, not a well-known one
        String password = PrivateFiles.newPassword();
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withEnv("POSTGRES_PASSWORD", password)
                .withEnv("POSTGRES_INITDB_ARGS", "--no-sync")
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off",
                        "-c", "max_locks_per_transaction=" + EmbeddedServer.MAX_LOCKS_PER_TRANSACTION)
                .withExposedPorts(PORT)
                // the image's entrypoint starts the server twice: once to initialise, then for real
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\s", 2));
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw new AutogenException("cannot start the PostgreSQL container " + image + ": " + message(e)
                    + "; check the image name in dev_database", e);
        }
        return new TestcontainersServer(container, password);
    }

    /** Fails with one line saying why Docker cannot be used and what to do about it. */
    static void requireDocker() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        String host = System.getenv("DOCKER_HOST");
        String reason = host != null && !host.isBlank() ? "no usable Docker at DOCKER_HOST=" + host
                : Files.exists(Path.of("/var/run/docker.sock")) ? "no usable Docker at /var/run/docker.sock"
                : "DOCKER_HOST is not set and /var/run/docker.sock does not exist";
        throw new AutogenException("Docker is not available: " + reason + "; remove dev_database or start Docker");
    }

    @Override
    public DatabaseUrl url() {
        String jdbc = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(PORT) + "/postgres";
        return DatabaseUrl.of(jdbc, "postgres", password);
    }

    @Override
    public void close() {
        container.close();
    }

    private static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.replaceAll("\\s+", " ").replaceAll("\\.$", "");
    }
}
