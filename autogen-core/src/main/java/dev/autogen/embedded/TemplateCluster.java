package dev.autogen.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A freshly initialised, stopped PostgreSQL cluster kept in the temporary directory, copied for
 * each throwaway server: copying it is an order of magnitude faster than {@code initdb}. Made once
 * per user and machine; made again if a copy will not start (e.g. other binaries).
 */
final class TemplateCluster {

    private static final Path LOCATION = Path.of(System.getProperty("java.io.tmpdir"),
            "autogen-pg-template-" + System.getProperty("user.name", "user"));

    private TemplateCluster() {
    }

    /** A new data directory holding a copy of the template, or {@code null} if there is none to be had. */
    static Path copyInto(Path target) {
        try {
            if (!Files.isRegularFile(LOCATION.resolve("postgresql.conf"))) {
                create();
            }
            copyTree(LOCATION, target);
            return target;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Forgets the template, after a copy of it failed to start. */
    static void discard() {
        deleteTree(LOCATION);
    }

    private static void create() throws IOException {
        Path building = Files.createTempDirectory(LOCATION.getParent(), LOCATION.getFileName() + ".building-");
        try {
            EmbeddedPostgres.builder().setDataDirectory(building.toFile()).setCleanDataDirectory(false).start().close();
            Files.deleteIfExists(building.resolve("postmaster.pid"));
            try {
                Files.move(building, LOCATION, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another process made it first: use theirs
            }
        } finally {
            deleteTree(building);
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

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
