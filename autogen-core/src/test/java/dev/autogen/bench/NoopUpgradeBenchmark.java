package dev.autogen.bench;

import static dev.autogen.bench.WholeProcess.print;
import static dev.autogen.bench.WholeProcess.seconds;

import dev.autogen.bench.WholeProcess.Rotation;
import dev.autogen.bench.WholeProcess.Run;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times a no-op {@code upgrade head} over N applied migrations ({@link MigrationSources}): the
 * command line with a warm compile cache (the database brought to head with {@code stamp head},
 * which writes the same version-table rows as running them, without creating N tables), and the
 * library ({@link LibraryUpgrade}) with the migrations compiled into a classes directory with its
 * revision index (as the {@code autogen:index} goal writes it), each as a whole process, in turn; the inputs are kept by {@link BenchInputs}. Not a test; run with
 * {@code bin/benchmark}. Usage: {@code NoopUpgradeBenchmark [MIGRATIONS] [RUNS] [JAR]}.
 */
public final class NoopUpgradeBenchmark {

    private NoopUpgradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int migrations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        Path dir = BenchInputs.work().resolve("noop-" + migrations);
        String key = "migrations " + migrations + " " + BenchInputs.hash(List.of(MigrationSources.class), List.of());
        boolean fresh = !BenchInputs.current(dir, "sources.key", key);
        if (fresh) {
            BenchProject.deleteTree(dir);
        }
        BenchProject project = new BenchProject(dir, jar);
        Path classes = dir.resolve("target/library-classes");
        if (fresh) {
            Files.createDirectories(dir.resolve("target/classes"));
            MigrationSources.write(project.sourceRoot(), migrations);
            long start = System.nanoTime();
            project.compileTo(classes, BenchInputs.sources(project.sourceRoot(), project.migrationsDirectory()));
            System.out.printf("(javac of the %d sources for the library run: %d ms)%n", migrations,
                    (System.nanoTime() - start) / 1_000_000);
            BenchInputs.writeKey(dir, "sources.key", key);
        }
        // the revision index an application's build writes (the autogen:index goal): load() reads the
        // graph from it instead of scanning the package and loading 5,000 classes
        if (!Files.exists(classes.resolve(dev.autogen.runtime.RevisionIndex.resourceName(MigrationSources.PACKAGE)))) {
            dev.autogen.runtime.RevisionIndex.write(classes, MigrationSources.PACKAGE);
        }
        try (TestDatabase db = TestDatabases.create()) {
            String url = db.postgresqlUrl();
            System.out.printf("migrations=%d runs=%d project=%s command=%s%n", migrations, runs, dir,
                    String.join(" ", project.cli()));
            print("stamp head (compiles the " + migrations + " sources unless cached)",
                    List.of(project.autogen(0, "--url", url, "stamp", "head")));
            List<String> applied = db.appliedRevisions();
            if (applied.size() != migrations) {
                throw new IllegalStateException("expected " + migrations + " rows, found " + applied.size());
            }
            String load = Rows.load();
            List<String> printed = new ArrayList<>();
            Rotation rotation = WholeProcess.rotation(1, runs, () -> noop(project, url), () -> {
                Path log = dir.resolve("target/library.log");
                Run run = WholeProcess.run(PeerCommands.java(List.of(), LibraryUpgrade.class, url, classes.toString()),
                        dir, log, 0, Map.of());
                String out = Files.readString(log).strip();
                if (!out.contains("(0 migrations run)")) {
                    throw new IllegalStateException("LibraryUpgrade: " + out);
                }
                printed.add(out.lines().reduce((a, b) -> b).orElse(out));
                return run;
            });
            print("upgrade head, nothing to do, command line, whole process", rotation.get(0));
            print("upgrade(), nothing to do, library, whole process", rotation.get(1));
            printed.forEach(line -> System.out.println("  " + line));
            Rows.add(7, "no-op `upgrade head` over " + String.format("%,d", migrations) + " applied, command line",
                    "≤ 1.0 s", seconds(rotation.get(0)), "", load,
                    WholeProcess.medianMillis(rotation.get(0)) <= 1000);
            Rows.add(8, "same, library (`Autogen.configure()…load().upgrade()`, revision index)", "≤ 1.0 s",
                    seconds(rotation.get(1)), "", load, WholeProcess.medianMillis(rotation.get(1)) <= 1000);
        }
        System.exit(0);
    }

    private static Run noop(BenchProject project, String url) throws Exception {
        Run run = project.autogen(0, "--url", url, "upgrade", "head");
        if (project.lastOutput().contains("Running upgrade")) {
            throw new IllegalStateException("expected nothing to run:\n" + project.lastOutput());
        }
        return run;
    }
}
