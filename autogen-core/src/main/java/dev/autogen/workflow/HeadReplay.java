package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.embedded.SnapshotStore;
import dev.autogen.runtime.AppliedRevision;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The migrations replayed to head on a throwaway embedded PostgreSQL, started from a kept replay
 * when there is one: the cluster a replay left, stopped and kept in {@code .autogen/replay/}
 * ({@link SnapshotStore}), keyed on every input of the replay. A kept replay of the same migrations
 * starts with nothing to replay; one of their first migrations (the migrations before a new one)
 * starts with only the rest to replay; any other, or none, means the whole replay. Either way the
 * server holds what a replay builds, rows and objects autogen does not model included, since it is
 * one.
 *
 * <p>The key is the migrations in the order a replay from base applies them, each with the checksum
 * of its source, what they depend on besides their sources ({@link Project#migrationDependencies()}:
 * the compiler inputs, the class-path files and packages javac read for them, by content, and the
 * names they looked up on the class path while they ran), and the environment they ran in: this
 * format, autogen's own build and the version table's name; the server's version is checked once
 * started. So recompiling an entity class the migrations neither compile against nor load keeps the
 * kept replay, while changing one they use means a replay. A kept replay that does not match is not
 * used; one that is damaged is deleted.
 */
final class HeadReplay {

    /** The form of a kept replay's text; changed whenever what a kept replay means changes. */
    static final String FORMAT = "autogen kept replay 2";

    /** How many kept replays to keep: the newest head and the one before it. */
    private static final int KEEP = 2;

    private final Project project;
    private final SnapshotStore store;
    private final List<MigrationScript> chain;
    private final String environment;
    private DatabaseSession session;
    private String startedFrom;
    private boolean keepable;
    /** What the replay on the server depends on besides the migrations' sources, once it is at head. */
    private List<String> dependencies = List.of();

    private HeadReplay(Project project, SnapshotStore store, List<MigrationScript> chain, String environment) {
        this.project = project;
        this.store = store;
        this.chain = chain;
        this.environment = environment;
    }

    /** Where the project keeps its replays: {@code replay/} in its state directory. */
    static Path directory(Project project) {
        return project.config().stateDirectory().resolve("replay");
    }

    /**
     * A throwaway server with the migrations replayed to head, started from the best kept replay;
     * {@link #startedFrom()} says from what.
     */
    static HeadReplay start(Project project) {
        List<MigrationScript> chain = project.migrations().isEmpty() ? List.of()
                : new Planner(project.migrations(), List.of()).upgrade("head").stream().map(Step::script).toList();
        HeadReplay replay = new HeadReplay(project, new SnapshotStore(directory(project), KEEP), chain,
                environment(project));
        replay.begin();
        return replay;
    }

    /** The server, at head. */
    DatabaseSession session() {
        return session;
    }

    /** What the server started from, for the user: e.g. {@code a kept replay of 57 migrations, 1 replayed}. */
    String startedFrom() {
        return startedFrom;
    }

    /**
     * The caller is about to change the database (a proof): keeps its cluster first, as the
     * migrations alone built it, when it is worth keeping, and goes on on a new server started from
     * what was kept; nothing is kept after this.
     */
    void changing() {
        if (keepable) {
            String from = startedFrom;
            closeKeeping();
            begin();
            startedFrom = from;
        }
        keepable = false;
    }

    /**
     * Stops the server, keeping its cluster for the next run when the migrations alone built it (a
     * replay, whole or from a kept replay of their first migrations) and nothing but reads and
     * rolled-back work happened on it since.
     */
    void close() {
        if (keepable) {
            closeKeeping();
        } else if (session != null) {
            session.close();
            session = null;
        }
    }

    private void closeKeeping() {
        DatabaseSession closing = session;
        session = null;
        keepable = false;
        String text = text(closing);
        closing.closeKeeping(store, name(text), text);
    }

    private void begin() {
        if (project.config().devDatabase().isEmbedded() && !chain.isEmpty()) {
            for (Kept kept : usable()) {
                Optional<DatabaseSession> started = DatabaseSession.throwawayFrom(store, kept.entry());
                if (started.isEmpty()) {
                    continue;
                }
                if (holds(started.get(), kept)) {
                    session = started.get();
                    dependencies = kept.dependencies();
                    int rest = chain.size() - kept.length();
                    keepable = rest > 0;
                    startedFrom = rest == 0 ? "a kept replay of the same " + migrations(chain.size())
                            : "a kept replay of the first " + kept.length() + " of " + chain.size() + " migrations, "
                            + rest + " replayed";
                    upgradeToHead();
                    return;
                }
                started.get().close();
                store.discard(kept.entry());
            }
        }
        session = project.throwawayDatabase();
        dependencies = List.of();
        keepable = project.config().devDatabase().isEmbedded() && !chain.isEmpty();
        startedFrom = "a replay of " + migrations(chain.size());
        upgradeToHead();
    }

    private static String migrations(int count) {
        return count == 1 ? "1 migration" : count + " migrations";
    }

    private void upgradeToHead() {
        try {
            project.runner(session, RunListener.SILENT).run(planner -> planner.upgrade("head"));
            java.util.Set<String> all = new java.util.TreeSet<>(dependencies);
            all.addAll(project.migrationDependencies());
            dependencies = List.copyOf(all);
        } catch (RuntimeException e) {
            keepable = false;
            close();
            throw e;
        }
    }

    /** A kept replay and how many of the chain's first migrations it holds. */
    private record Kept(SnapshotStore.Entry entry, int length, String serverVersion, List<String> dependencies) {
    }

    /** The kept replays this chain can start from, the longest first. */
    private List<Kept> usable() {
        List<Kept> usable = new ArrayList<>();
        for (SnapshotStore.Entry entry : store.entries()) {
            parse(entry).filter(kept -> kept.length() > 0).ifPresent(usable::add);
        }
        usable.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return usable;
    }

    private Optional<Kept> parse(SnapshotStore.Entry entry) {
        List<String> lines = entry.text().lines().toList();
        if (lines.size() < 3 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals("environment " + environment)
                || !lines.get(2).startsWith("server ")
                || !name(entry.text()).equals(entry.directory().getFileName().toString())) {
            return Optional.empty();
        }
        List<String> revisions = lines.subList(3, lines.size()).stream().filter(l -> !l.contains("\t")).toList();
        List<String> dependencies = lines.subList(3 + revisions.size(), lines.size());
        if (revisions.size() > chain.size() || dependencies.stream().anyMatch(l -> !l.contains("\t"))) {
            return Optional.empty();
        }
        for (int i = 0; i < revisions.size(); i++) {
            if (!revisions.get(i).equals(line(chain.get(i)))) {
                return Optional.empty();
            }
        }
        if (!dependenciesHold(dependencies)) {
            return Optional.empty();
        }
        return Optional.of(new Kept(entry, revisions.size(), lines.get(2).substring("server ".length()),
                dependencies));
    }

    /**
     * Whether what a kept replay's migrations depended on is as it was: each compile-time line among
     * what the compile cache checked this run, each run-time lookup resolving to the same bytes.
     */
    private boolean dependenciesHold(List<String> dependencies) {
        java.util.Set<String> now = new java.util.HashSet<>(project.migrationDependencies());
        List<String> compileTime = dependencies.stream().filter(l -> !l.startsWith("use\t")).toList();
        return now.containsAll(compileTime) && project.migrationDependenciesUnchanged(dependencies);
    }

    /**
     * Whether a server started from a kept replay holds what its text says: the same server version,
     * exactly the migrations it names applied, and a plan to head that is the rest of the chain.
     */
    private boolean holds(DatabaseSession started, Kept kept) {
        try {
            if (!serverVersion(started).equals(kept.serverVersion())) {
                return false;
            }
            Runner runner = project.runner(started, RunListener.SILENT);
            List<String> applied = runner.applied().stream().map(AppliedRevision::revision).sorted().toList();
            List<String> expected = chain.subList(0, kept.length()).stream().map(MigrationScript::revision)
                    .sorted().toList();
            if (!applied.equals(expected)) {
                return false;
            }
            List<MigrationScript> rest = new Planner(project.migrations(), applied).upgrade("head").stream()
                    .map(Step::script).toList();
            return rest.equals(chain.subList(kept.length(), chain.size()));
        } catch (AutogenException | SQLException e) {
            return false;
        }
    }

    private String text(DatabaseSession server) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append("environment ").append(environment)
                .append('\n').append("server ").append(serverVersionQuietly(server)).append('\n');
        chain.forEach(script -> text.append(line(script)).append('\n'));
        dependencies.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String serverVersionQuietly(DatabaseSession server) {
        try {
            return serverVersion(server);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String serverVersion(DatabaseSession session) throws SQLException {
        return session.connection().getMetaData().getDatabaseProductVersion();
    }

    private static String line(MigrationScript script) {
        return script.revision() + " " + script.checksum();
    }

    private static String name(String text) {
        return hash(text).substring(0, 32);
    }

    /**
     * The hash of what decides what a replay builds besides the migrations and what they depend on
     * ({@link Project#migrationDependencies()}): this format, the Java version, the version table
     * and autogen's own build.
     */
    static String environment(Project project) {
        StringBuilder inputs = new StringBuilder(FORMAT).append('\n');
        inputs.append("java ").append(Runtime.version()).append('\n');
        inputs.append("version-table ").append(project.versionTable().name()).append('\n');
        inputs.append("autogen ").append(stamps(codeSource(HeadReplay.class)));
        return hash(inputs.toString());
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception unknown) {
            return Path.of("unknown");
        }
    }

    /** Path, size and modification time of every file in {@code entry} (a directory or a jar). */
    private static String stamps(Path entry) {
        StringBuilder text = new StringBuilder();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        text.append(entry.relativize(file)).append(' ').append(stamp(file)).append('\n');
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                text.append(stamp(entry)).append('\n');
            } else {
                text.append("missing\n");
            }
        } catch (IOException e) {
            text.append("unreadable ").append(System.nanoTime()).append('\n'); // never matches a kept replay
        }
        return text.toString();
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
