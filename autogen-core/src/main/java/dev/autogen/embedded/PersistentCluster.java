package dev.autogen.embedded;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts a project's persistent server ({@code .autogen/pgdata}). Its superuser's password is made
 * on first use and kept in {@code .autogen/secret/pgdata.password} (0600, in a 0700 directory),
 * never printed. A cluster made by an older autogen (which let every local connection in) is given
 * a password and locked down on its next start, with one line saying so. A {@code postmaster.pid}
 * left by a killed run is dealt with first ({@link #recover}).
 */
final class PersistentCluster {

    /** Data directories whose server this JVM runs (zonky's lock cannot tell within one JVM). */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private PersistentCluster() {
    }

    /** Where the password of the cluster in {@code dataDirectory} is kept. */
    static Path passwordFile(Path dataDirectory) {
        return dataDirectory.resolveSibling("secret").resolve(dataDirectory.getFileName() + ".password");
    }

    static EmbeddedServer start(Path dataDirectory) {
        OrphanReaper.reapOnce(Path.of(System.getProperty("java.io.tmpdir")));
        if (!IN_USE.add(dataDirectory)) {
            throw inUse(dataDirectory);
        }
        try {
            return startUnregistered(dataDirectory);
        } catch (RuntimeException e) {
            IN_USE.remove(dataDirectory);
            throw e;
        }
    }

    static void released(Path dataDirectory) {
        IN_USE.remove(dataDirectory);
    }

    private static EmbeddedServer startUnregistered(Path data) {
        Path secret = passwordFile(data);
        try {
            PrivateFiles.directory(data);
            recover(data).ifPresent(EmbeddedServer::notice);
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                String password = PrivateFiles.newPassword();
                PrivateFiles.writeSecret(secret, password);
                return EmbeddedServer.launch(data, password, Optional.of(secret), true, null);
            }
            boolean hasSecret = Files.isRegularFile(secret);
            if (Access.isLockedDown(data)) {
                if (!hasSecret) {
                    throw new AutogenException("the embedded PostgreSQL in " + data + " asks for a password that "
                            + secret + " no longer holds (the file is gone); delete " + data
                            + " to start it afresh (it is rebuilt from the migrations)");
                }
                tighten(secret, data);
                return EmbeddedServer.launch(data, PrivateFiles.readSecret(secret), Optional.empty(), true, null);
            }
            return lockDownOlder(data, secret, hasSecret);
        } catch (IOException e) {
            throw new AutogenException("cannot prepare the embedded PostgreSQL in " + data + ": " + PrivateFiles.describe(e)
                    + "; check " + data.getParent() + " (a directory autogen may write in)", e);
        }
    }

    /** A cluster of an older autogen: started as it is (trust), given a password, then locked down. */
    private static EmbeddedServer lockDownOlder(Path data, Path secret, boolean hasSecret) throws IOException {
        String password = hasSecret ? PrivateFiles.readSecret(secret) : PrivateFiles.newPassword();
        if (!hasSecret) {
            PrivateFiles.writeSecret(secret, password);
        }
        EmbeddedServer server = EmbeddedServer.launch(data, password, Optional.empty(), false, null);
        try (Connection connection = server.connect()) {
            Access.changePassword(connection, password);
            Access.lockDown(data);
            Access.reload(connection);
        } catch (SQLException | IOException | RuntimeException e) {
            server.close();
            throw new AutogenException("cannot set a password on the embedded PostgreSQL in " + data + ": "
                    + e.getMessage() + "; delete " + data + " to start it afresh", e);
        }
        EmbeddedServer.notice("the embedded PostgreSQL in " + data + " let any local user in (made by an older "
                + "autogen); it now asks for a password, kept in " + secret);
        return server;
    }

    private static void tighten(Path secret, Path data) throws IOException {
        if (PrivateFiles.readableByOthers(secret) || PrivateFiles.readableByOthers(secret.getParent())) {
            PrivateFiles.directory(secret.getParent());
            Files.setPosixFilePermissions(secret, PrivateFiles.FILE);
            EmbeddedServer.notice(secret + " was readable by other users; it is now 0600 in a 0700 directory "
                    + "(for a new password, delete it and " + data + ")");
        }
    }

    /**
     * Deals with a {@code postmaster.pid} that a killed run left: its server, if it is still running
     * and no live autogen holds it, is stopped; a file whose pid is dead or another process is
     * removed. Returns the line that says what was done; fails when a live autogen uses the server.
     */
    static Optional<String> recover(Path data) {
        Path pidFile = data.resolve(Postmasters.PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        if (OrphanReaper.lockHeld(data.resolve(EmbeddedServer.ZONKY_LOCK))) {
            throw inUse(data);
        }
        Optional<Long> pid = Postmasters.recordedPid(data);
        Optional<ProcessHandle> live = Postmasters.running(data);
        if (live.isPresent()) {
            if (!Postmasters.stop(live.get())) {
                throw new AutogenException("cannot stop the PostgreSQL (pid " + live.get().pid() + ") that a killed "
                        + "autogen left running in " + data + "; stop it (kill " + live.get().pid() + ") and run again");
            }
            return Optional.of("stopped the embedded PostgreSQL (pid " + live.get().pid() + ") that a killed autogen "
                    + "left running in " + data);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new AutogenException("cannot remove the stale " + pidFile + ": " + e.getMessage()
                    + "; remove it by hand and run again", e);
        }
        return Optional.of("removed the stale postmaster.pid that a killed autogen left in " + data + " ("
                + pid.map(p -> "pid " + p + " is not its server").orElse("unreadable") + ")");
    }

    private static AutogenException inUse(Path data) {
        return new AutogenException("another autogen is using the embedded PostgreSQL in " + data
                + "; wait for it to finish, or give this run its own database with --url");
    }
}
