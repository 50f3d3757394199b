package dev.autogen.bench;

import static dev.autogen.bench.WholeProcess.print;
import static dev.autogen.bench.WholeProcess.seconds;

import dev.autogen.bench.WholeProcess.Rotation;
import dev.autogen.bench.WholeProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The day-to-day case: {@code check} and {@code -m} with nothing to do on the sample project
 * ({@code sample-entities}, 33 tables, compiled by {@code bin/benchmark}), with no database (each
 * starts the throwaway embedded PostgreSQL and replays the migrations on it), in turn, each a whole
 * process. Not a test; run with {@code bin/benchmark}. Usage: {@code SampleBenchmark [RUNS] [JAR] [DIR]}.
 */
public final class SampleBenchmark {

    private SampleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of(args.length > 1 ? args[1] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        Path dir = Path.of(args.length > 2 ? args[2] : "sample-entities").toAbsolutePath();
        Path log = BenchInputs.work().resolve("sample.log");
        Files.createDirectories(log.getParent());
        List<String> cli = BenchProject.cli(jar);
        Path migrations = dir.resolve("src/main/java/com/example/migrations");
        List<Path> before = files(migrations);
        System.out.printf("runs=%d project=%s command=%s%n", runs, dir, String.join(" ", cli));
        String load = Rows.load();
        Rotation rotation = WholeProcess.rotation(1, runs, () -> run(cli, dir, log, "check"), () -> {
            Run run = run(cli, dir, log, "-m", "unchanged");
            if (!files(migrations).equals(before)) {
                throw new IllegalStateException("-m with nothing to do wrote a migration:\n" + Files.readString(log));
            }
            return run;
        });
        print("check, sample-entities, no database", rotation.get(0));
        print("-m with nothing to do, sample-entities, no database", rotation.get(1));
        long worst = Math.max(WholeProcess.medianMillis(rotation.get(0)), WholeProcess.medianMillis(rotation.get(1)));
        Rows.add(5, "`check` / `-m` with nothing to do, sample-entities (33 tables), no database", "≤ 1.5 s",
                seconds(rotation.get(0)) + " / " + seconds(rotation.get(1)), "", load, worst <= 1500);
        System.exit(0);
    }

    private static Run run(List<String> cli, Path dir, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(cli);
        command.addAll(List.of(args));
        return WholeProcess.run(command, dir, log, 0, Map.of());
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
