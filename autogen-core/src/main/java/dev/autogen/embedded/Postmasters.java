package dev.autogen.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The postmaster a data directory's {@code postmaster.pid} names, trusted only once the process is
 * seen to be a {@code postgres} started on that very directory: a pid in a stale file may since
 * belong to anything, and that is never signalled.
 */
final class Postmasters {

    static final String PID_FILE = "postmaster.pid";

    /** How long a postmaster gets to shut down on SIGTERM before it (and its children) are killed. */
    private static final long STOP_SECONDS = 10;

    private Postmasters() {
    }

    /** The pid written in the directory's {@code postmaster.pid}; empty when there is none to read. */
    static Optional<Long> recordedPid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live postmaster of {@code dataDirectory}, verified to be one; empty when none runs. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        return recordedPid(dataDirectory).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> isPostgresOf(p, dataDirectory));
    }

    /** Whether {@code process} is a {@code postgres} whose {@code -D} is {@code dataDirectory}. */
    static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; postgres && i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && same(Path.of(arguments[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stops a postmaster: SIGTERM (PostgreSQL's smart shutdown; the clients of a killed run are gone),
     * then, if it is still there after a while, SIGKILL to it and its children. Returns whether it is gone.
     */
    static boolean stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroy();
        if (awaitExit(postmaster)) {
            return true;
        }
        children.forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        return awaitExit(postmaster);
    }

    private static boolean awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException | TimeoutException e) {
            return !process.isAlive();
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
