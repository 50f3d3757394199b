package dev.autogen.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The private temporary directory (0700) of one throwaway server: {@code autogen-pg-run-XXXX/} in
 * the temporary directory, holding {@code owner} (the pid and start time of the JVM that made it,
 * for people reading it; that JVM holds a lock on the file for as long as it runs, so a later run
 * can tell the directory was left behind by a killed one), the data directory {@code data/}, and,
 * for a moment during {@code initdb}, the password file.
 *
 * <p>Liveness is the lock, not the pid: the kernel drops it with the process, however that dies,
 * and no clock is involved (a process's start time read back from {@code /proc} moves when the
 * wall clock is adjusted, and a pid can be reused). The lock is taken before {@code owner} has its
 * name, so no run ever sees an unlocked {@code owner} of a live run.
 */
record RunDirectory(Path root) {

    /** The name every run directory starts with (and the template cluster's does not). */
    static final String PREFIX = "autogen-pg-run-";

    static final String OWNER = "owner";

    /** The locks this JVM holds, by run directory: never probed from here (closing a probe would drop them). */
    private static final Map<Path, FileChannel> HELD = new ConcurrentHashMap<>();

    /** Creates a new run directory in {@code parent}, owned (and locked) by this JVM. */
    static RunDirectory create(Path parent) throws IOException {
        Path root = PrivateFiles.directory(Files.createTempDirectory(parent, PREFIX));
        ProcessHandle me = ProcessHandle.current();
        String owner = me.pid() + " " + me.info().startInstant().map(Instant::toString).orElse("-") + "\n";
        Path temporary = root.resolve(OWNER + ".tmp");
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            channel.lock();
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)));
            Files.move(temporary, root.resolve(OWNER), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        HELD.put(key(root), channel);
        return new RunDirectory(root);
    }

    /** Drops this JVM's lock on {@code root}, before the directory is deleted; nothing when it holds none. */
    static void release(Path root) {
        FileChannel channel = HELD.remove(key(root));
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }

    Path data() {
        return root.resolve("data");
    }

    Path passwordFile() {
        return root.resolve("password");
    }

    /**
     * Whether the JVM that made this directory is still running: this one, or another that holds
     * the lock on {@code owner}. Empty when there is no owner file yet (a directory being made).
     */
    Optional<Boolean> ownerAlive() {
        if (HELD.containsKey(key(root))) {
            return Optional.of(true);
        }
        Path owner = root.resolve(OWNER);
        if (!Files.isRegularFile(owner, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(OrphanReaper.lockHeld(owner));
    }

    private static Path key(Path root) {
        return root.toAbsolutePath().normalize();
    }
}
