package dev.autogen.bench;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Times whole {@code autogen} processes on N generated entities ({@link EntitySources}) against a
 * live PostgreSQL (one embedded server for the run, given with {@code --url}): the initial
 * {@code -m}, {@code upgrade head}, {@code check} in sync, and {@code -m} for one pending change
 * with and without the proof; then the phases of that {@code -m} in a fresh JVM
 * ({@link AutogeneratePhases}). Not a test; run with {@code bin/benchmark}, figures go to
 * {@code docs/benchmarks.md}. Usage: {@code AutogenerateBenchmark [ENTITIES] [RUNS] [JAR]}.
 */
public final class AutogenerateBenchmark {

    private AutogenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        Path dir = Files.createTempDirectory("autogen-bench-entities");
        try (TestDatabase db = TestDatabases.create()) {
            BenchProject project = new BenchProject(dir, jar);
            String url = db.postgresqlUrl();
            EntitySources.write(project.sourceRoot(), entities, false);
            project.compileEntities();
            System.out.printf("entities=%d runs=%d project=%s%n", entities, runs, dir);

            report("autogen --version (JVM start, picocli)", times(runs, () -> project.autogen(0, "--version")));
            report("initial -m (" + entities + " create table, proof included)",
                    List.of(project.autogen(0, "--url", url, "-m", "initial schema")));
            report("upgrade head (the initial migration)", List.of(project.autogen(0, "--url", url, "upgrade", "head")));
            report("check, in sync", times(runs, () -> project.autogen(0, "--url", url, "check")));

            EntitySources.write(project.sourceRoot(), entities, true);
            project.compile(List.of(EntitySources.changedFile(entities)));
            report("check, one pending change", times(runs, () -> project.autogen(1, "--url", url, "check")));
            Set<Path> before = new HashSet<>(project.migrationFiles());
            report("-m, one pending change, --no-verify", times(runs, () -> generateAndDelete(project, before,
                    "--url", url, "-m", "add archived_at", "--no-verify")));
            report("-m, one pending change, proof included", times(runs, () -> generateAndDelete(project, before,
                    "--url", url, "-m", "add archived_at")));

            System.out.println("phases of -m, one pending change, in a fresh JVM with the command line's flags:");
            phases(dir, url, jar);
        } finally {
            BenchProject.deleteTree(dir);
        }
        System.exit(0);
    }

    private static long generateAndDelete(BenchProject project, Set<Path> before, String... args) throws Exception {
        long millis = project.autogen(0, args);
        List<Path> added = project.migrationFiles().stream().filter(f -> !before.contains(f)).toList();
        if (added.size() != 1 || !project.lastOutput().contains("archived_at")) {
            throw new IllegalStateException("expected one migration adding archived_at:\n" + project.lastOutput());
        }
        Files.delete(added.get(0));
        return millis;
    }

    private static void phases(Path dir, String url, Path jar) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchProject.JVM_FLAGS);
        // the command line's jar first, so that the compile cache sees the same api location as the CLI runs
        String testClasses = Path.of(AutogeneratePhases.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        command.addAll(List.of("-cp", jar + File.pathSeparator + testClasses, AutogeneratePhases.class.getName(),
                dir.toString(), url));
        Process p = new ProcessBuilder(command).redirectError(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("AutogeneratePhases failed");
        }
    }

    interface Timed {
        long run() throws Exception;
    }

    static List<Long> times(int runs, Timed timed) throws Exception {
        List<Long> result = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            result.add(timed.run());
        }
        return result;
    }

    static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-60s median %6d ms  (runs: %s)%n", what, sorted.get(sorted.size() / 2), millis);
    }
}
