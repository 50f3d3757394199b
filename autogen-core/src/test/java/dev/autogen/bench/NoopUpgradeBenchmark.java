package dev.autogen.bench;

import static dev.autogen.bench.AutogenerateBenchmark.report;
import static dev.autogen.bench.AutogenerateBenchmark.times;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times a no-op {@code upgrade head} over N applied migrations ({@link MigrationSources}): the
 * command line with a warm compile cache (the database brought to head with {@code stamp head},
 * which writes the same version-table rows as running them, without creating N tables), and the
 * library ({@link LibraryUpgrade}) with the migrations compiled into a classes directory, each as
 * a whole process. Not a test; run with {@code bin/benchmark}. Usage:
 * {@code NoopUpgradeBenchmark [MIGRATIONS] [RUNS] [JAR]}.
 */
public final class NoopUpgradeBenchmark {

    private NoopUpgradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int migrations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        Path dir = Files.createTempDirectory("autogen-bench-noop");
        try (TestDatabase db = TestDatabases.create()) {
            BenchProject project = new BenchProject(dir, jar);
            Files.createDirectories(dir.resolve("target/classes"));
            MigrationSources.write(project.sourceRoot(), migrations);
            String url = db.postgresqlUrl();
            System.out.printf("migrations=%d runs=%d project=%s%n", migrations, runs, dir);

            report("stamp head, cold compile cache (compiles " + migrations + " sources)",
                    List.of(project.autogen(0, "--url", url, "stamp", "head")));
            List<String> applied = db.appliedRevisions();
            if (applied.size() != migrations) {
                throw new IllegalStateException("expected " + migrations + " rows, found " + applied.size());
            }
            report("upgrade head, nothing to do, command line, whole process",
                    times(runs, () -> noop(project, url)));

            long start = System.nanoTime();
            try (Stream<Path> files = Files.list(project.migrationsDirectory())) {
                project.compile(files.map(f -> project.sourceRoot().relativize(f).toString()).sorted().toList());
            }
            System.out.printf("(javac of the %d sources for the library run: %d ms)%n", migrations,
                    (System.nanoTime() - start) / 1_000_000);
            List<String> printed = new ArrayList<>();
            report("upgrade(), nothing to do, library, whole process", times(runs, () -> {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(libraryCommand(url, dir.resolve("target/classes")))
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor() != 0 || !out.contains("(0 migrations run)")) {
                    throw new IllegalStateException("LibraryUpgrade: " + out);
                }
                printed.add(out.lines().reduce((a, b) -> b).orElse(out));
                return (System.nanoTime() - t0) / 1_000_000;
            }));
            printed.forEach(line -> System.out.println("  " + line));
        } finally {
            BenchProject.deleteTree(dir);
        }
        System.exit(0);
    }

    private static long noop(BenchProject project, String url) throws Exception {
        long millis = project.autogen(0, "--url", url, "upgrade", "head");
        if (project.lastOutput().contains("Running upgrade")) {
            throw new IllegalStateException("expected nothing to run:\n" + project.lastOutput());
        }
        return millis;
    }

    private static List<String> libraryCommand(String url, Path classes) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchProject.JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LibraryUpgrade.class.getName(), url,
                classes.toString()));
        return command;
    }
}
