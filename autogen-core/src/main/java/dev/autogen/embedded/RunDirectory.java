package dev.autogen.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The private temporary directory (0700) of one throwaway server: {@code autogen-pg-XXXX/} in the
 * temporary directory, holding {@code owner} (the pid and start time of the JVM that made it, so a
 * later run can tell it was left behind by a killed one), the data directory {@code data/}, and,
 * for a moment during {@code initdb}, the password file.
 */
record RunDirectory(Path root) {

    /** The name every run directory starts with (and the template cluster's does not). */
    static final String PREFIX = "autogen-pg-run-";

    static final String OWNER = "owner";

    /** Creates a new run directory in {@code parent}, owned by this JVM. */
    static RunDirectory create(Path parent) throws IOException {
        Path root = PrivateFiles.directory(Files.createTempDirectory(parent, PREFIX));
        ProcessHandle me = ProcessHandle.current();
        String owner = me.pid() + " " + me.info().startInstant().map(Instant::toString).orElse("-") + "\n";
        Path temporary = root.resolve(OWNER + ".tmp");
        Files.writeString(temporary, owner, StandardCharsets.UTF_8);
        Files.move(temporary, root.resolve(OWNER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new RunDirectory(root);
    }

    Path data() {
        return root.resolve("data");
    }

    Path passwordFile() {
        return root.resolve("password");
    }

    /**
     * Whether the JVM that made this directory is still running: the pid in {@code owner} is alive
     * and started when it says (so a reused pid is not mistaken for it). Empty when there is no
     * owner file yet (a directory being made) or it cannot be read.
     */
    Optional<Boolean> ownerAlive() {
        List<String> parts;
        try {
            parts = List.of(Files.readString(root.resolve(OWNER), StandardCharsets.UTF_8).strip().split(" "));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (parts.size() != 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(parts.get(0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.of(false);
        }
        Optional<String> started = process.get().info().startInstant().map(Instant::toString);
        return Optional.of(parts.get(1).equals("-") || started.isEmpty() || started.get().equals(parts.get(1)));
    }
}
