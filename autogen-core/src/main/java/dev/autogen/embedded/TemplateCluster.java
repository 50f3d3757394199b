package dev.autogen.embedded;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A freshly initialised, stopped PostgreSQL cluster kept in the temporary directory, copied for
 * each throwaway server: copying it is an order of magnitude faster than {@code initdb}. Made once
 * per user and machine; made again if a copy will not start (e.g. other binaries).
 *
 * <p>Its layout: {@code autogen-pg-template-2-USER/} (0700) holding {@code data/}, a cluster that
 * asks every connection for a password (scram-sha-256), and {@code password} (0600), the template
 * superuser's password. Every copy starts with that password, and {@link ThrowawayCluster} replaces
 * it over the copy's first connection, before the copy is handed out: so no two servers share a
 * password for longer than the copy's first few milliseconds, and then only with processes of the
 * same OS user, the only ones that can read the template's password file. (A password set before
 * the copy listens at all would need {@code postgres --single}, a second start of every copy.)
 * A template that is not a private directory of this user is never used: another user could have
 * put it there, with a {@code pg_hba.conf} or a superuser of their own.
 */
final class TemplateCluster {

    private static final Path LOCATION = Path.of(System.getProperty("java.io.tmpdir"),
            "autogen-pg-template-2-" + System.getProperty("user.name", "user"));

    private TemplateCluster() {
    }

    /**
     * Copies the template cluster to {@code target} (a new data directory) and returns its superuser's
     * password; empty if there is no template to be had (then {@code target} may hold a partial copy).
     */
    static Optional<String> copyInto(Path target) {
        try {
            if (!Files.exists(LOCATION)) {
                create();
            }
            if (!usable()) {
                if (PrivateFiles.ownedByMe(LOCATION)) {
                    discard();
                }
                return Optional.empty();
            }
            String password = PrivateFiles.readSecret(LOCATION.resolve("password"));
            copyTree(LOCATION.resolve("data"), target);
            return Optional.of(password);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where the template lives: {@code autogen-pg-template-2-USER} in the temporary directory. */
    static Path location() {
        return LOCATION;
    }

    /** Forgets the template, after a copy of it failed to start. */
    static void discard() {
        deleteTree(LOCATION);
    }

    private static boolean usable() throws IOException {
        Path password = LOCATION.resolve("password");
        return PrivateFiles.isPrivateDirectory(LOCATION) && Files.isRegularFile(password)
                && PrivateFiles.ownedByMe(password) && !PrivateFiles.readableByOthers(password)
                && Files.isRegularFile(LOCATION.resolve("data").resolve("postgresql.conf"))
                && Access.isLockedDown(LOCATION.resolve("data"));
    }

    private static void create() throws IOException {
        RunDirectory building = RunDirectory.create(LOCATION.getParent());
        try {
            String password = PrivateFiles.newPassword();
            PrivateFiles.writeSecret(building.passwordFile(), password);
            Path pwfile = building.root().resolve("initdb-password");
            PrivateFiles.writeSecret(pwfile, password);
            EmbeddedServer.launch(building.data(), password, Optional.of(pwfile), true, null).close();
            Files.deleteIfExists(pwfile);
            Files.deleteIfExists(building.data().resolve(Postmasters.PID_FILE));
            RunDirectory.release(building.root());
            Files.deleteIfExists(building.root().resolve(RunDirectory.OWNER));
            try {
                Files.move(building.root(), LOCATION, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // another process made it first: use theirs (if it is private and ours, see usable())
            }
        } finally {
            deleteTree(building.root());
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Moves a directory tree to {@code to} (which must not exist): a rename where it can, else a copy. */
    static void moveTree(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException acrossFileSystems) {
            copyTree(from, to);
        }
    }

    static void deleteTree(Path dir) {
        RunDirectory.release(dir);
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
