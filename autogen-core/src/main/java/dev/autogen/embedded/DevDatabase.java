package dev.autogen.embedded;

import dev.autogen.AutogenException;

/**
 * Which throwaway PostgreSQL autogen starts when it needs one ({@code autogen -m}, {@code check},
 * {@code drift}, the migration test kit): the embedded server (the default), or, with
 * {@code [database] dev_database = "testcontainers:postgres:17"}, a container started through
 * Testcontainers, which is an optional dependency.
 *
 * <pre>{@code
 * try (DevServer server = DevDatabase.parse("testcontainers:postgres:17").start()) {
 *     DatabaseUrl url = server.url();
 * }
 * }</pre>
 */
public record DevDatabase(String image) {

    /** The embedded PostgreSQL (zonky's binaries from Maven Central). */
    public static final DevDatabase EMBEDDED = new DevDatabase(null);

    private static final String TESTCONTAINERS = "testcontainers:";

    /** {@code "embedded"} or {@code "testcontainers:IMAGE"} (e.g. {@code testcontainers:postgres:17}). */
    public static DevDatabase parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.equals("embedded")) {
            return EMBEDDED;
        }
        if (text.startsWith(TESTCONTAINERS) && text.length() > TESTCONTAINERS.length()) {
            return new DevDatabase(text.substring(TESTCONTAINERS.length()));
        }
        throw new AutogenException("autogen.toml: [database] dev_database = \"" + text + "\" is unknown; use "
                + "\"embedded\" (the default) or \"testcontainers:IMAGE\", e.g. \"testcontainers:postgres:17\"");
    }

    public boolean isEmbedded() {
        return image == null;
    }

    /** Starts a throwaway server of this kind; close it to stop it and delete its data. */
    public DevServer start() {
        if (isEmbedded()) {
            return EmbeddedServer.throwaway();
        }
        if (!testcontainersPresent()) {
            throw new AutogenException("dev_database = \"" + this + "\" needs Testcontainers on the classpath "
                    + "(org.testcontainers:testcontainers); add it to the build, or remove dev_database");
        }
        return TestcontainersServer.start(image);
    }

    /** As written in {@code dev_database}: {@code embedded} or {@code testcontainers:postgres:17}. */
    @Override
    public String toString() {
        return isEmbedded() ? "embedded" : TESTCONTAINERS + image;
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, DevDatabase.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
