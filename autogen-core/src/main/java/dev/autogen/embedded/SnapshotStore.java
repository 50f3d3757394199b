package dev.autogen.embedded;

import dev.autogen.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stopped throwaway clusters kept in a directory, each started again as a new throwaway server
 * from a copy of it, as from the template cluster: autogen keeps the migrations replayed to head
 * this way ({@code .autogen/replay/}). An entry is a private directory holding {@code data/} (a
 * cluster after a clean shutdown), {@code password} (its superuser's, 0600) and {@code entry}, the
 * text its caller gave it (what it was built from); it appears whole, built beside and renamed, or
 * not at all. An entry that is incomplete, not private, or whose copy will not start is deleted and
 * counts as absent: never an error.
 *
 * <pre>{@code
 * SnapshotStore store = new SnapshotStore(stateDirectory.resolve("replay"), 2);
 * Optional<EmbeddedServer> server = store.entries().stream().findFirst().flatMap(store::start);
 * }</pre>
 */
public final class SnapshotStore {

    private static final String DATA = "data";
    private static final String PASSWORD = "password";
    private static final String ENTRY = "entry";
    private static final String BUILDING = ".building-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final int keep;

    /** The entries in {@code root}, of which the {@code keep} most recently used are kept. */
    public SnapshotStore(Path root, int keep) {
        this.root = root.toAbsolutePath();
        this.keep = keep;
    }

    /** One kept cluster and the text it was kept with. */
    public record Entry(Path directory, String text) {
    }

    /** The intact entries, most recently used first. */
    public List<Entry> entries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> directories;
        try (Stream<Path> children = Files.list(root)) {
            directories = children.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path directory : directories) {
            read(directory).ifPresentOrElse(entries::add, () -> TemplateCluster.deleteTree(directory));
        }
        entries.sort(Comparator.comparing(SnapshotStore::lastUsed).reversed());
        return entries;
    }

    /**
     * A new throwaway server started from a copy of {@code entry}, which counts as used; empty, and
     * the entry deleted, when it will not start (e.g. it was made by other PostgreSQL binaries).
     */
    public Optional<EmbeddedServer> start(Entry entry) {
        Optional<EmbeddedServer> server = Optional.empty();
        try {
            String password = PrivateFiles.readSecret(entry.directory().resolve(PASSWORD));
            server = ThrowawayCluster.startCopyOf(entry.directory().resolve(DATA), password);
        } catch (IOException | RuntimeException e) {
            // damaged: deleted below
        }
        if (server.isEmpty()) {
            TemplateCluster.deleteTree(entry.directory());
        } else {
            touch(entry.directory());
        }
        return server;
    }

    /** Deletes an entry, e.g. one whose server turned out not to hold what its text says. */
    public void discard(Entry entry) {
        TemplateCluster.deleteTree(entry.directory());
    }

    /**
     * Stops {@code server} (a throwaway one) and keeps its cluster as entry {@code name} with
     * {@code text}, unless an entry of that name exists; then deletes the least recently used
     * entries beyond those to keep. Returns whether it was kept: failing to keep it is no error,
     * and the server is stopped either way.
     */
    public boolean keep(EmbeddedServer server, String name, String text) {
        Path building = null;
        try {
            PrivateFiles.directory(root);
            building = PrivateFiles.directory(root.resolve(BUILDING + HexFormat.of().formatHex(nonce())));
            server.closeKeeping(building.resolve(DATA));
            PrivateFiles.writeSecret(building.resolve(PASSWORD), server.password());
            AtomicFile.write(building.resolve(ENTRY), text, false);
            Files.move(building, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            building = null;
            prune();
            return true;
        } catch (IOException | RuntimeException e) {
            server.close(); // a no-op once stopped
            return false;
        } finally {
            if (building != null) {
                TemplateCluster.deleteTree(building);
            }
        }
    }

    private void prune() {
        List<Entry> entries = entries();
        for (Entry stale : entries.subList(Math.min(keep, entries.size()), entries.size())) {
            TemplateCluster.deleteTree(stale.directory());
        }
    }

    private static Optional<Entry> read(Path directory) {
        try {
            if (!PrivateFiles.isPrivateDirectory(directory)
                    || PrivateFiles.readableByOthers(directory.resolve(PASSWORD))
                    || !Files.isRegularFile(directory.resolve(DATA).resolve("PG_VERSION"))
                    || !Access.isLockedDown(directory.resolve(DATA))) {
                return Optional.empty();
            }
            return Optional.of(new Entry(directory, Files.readString(directory.resolve(ENTRY), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileTime lastUsed(Entry entry) {
        try {
            return Files.getLastModifiedTime(entry.directory().resolve(ENTRY));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path directory) {
        try {
            Files.setLastModifiedTime(directory.resolve(ENTRY), FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // only the order of pruning depends on it
        }
    }

    private static byte[] nonce() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
