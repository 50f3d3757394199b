package dev.autogen.bench;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code autogen check} on N generated entities ({@link EntitySources}) as a whole process with a
 * 2 GiB heap ({@code -Xmx2g}), its wall time and peak RSS (through {@code /usr/bin/time -v}):
 * against a live PostgreSQL at head (one embedded server for the run, given with {@code --url}),
 * and with no database (the migrations replayed into a throwaway server). The inputs are made once
 * and kept under {@code autogen-core/target/scale/N}: the entity sources and classes, and the
 * initial migration (generated with {@code -m --no-verify}); a later run reuses them, so only the
 * first run at a size pays for javac on N classes. Not a test. Usage:
 * {@code ScaleBenchmark N [RUNS] [JAR] [hold]}; with {@code hold}, the server stays up after the
 * runs and its URL is written to {@code target/holding} in the project, until that file is deleted
 * (to profile by hand).
 * Extra JVM flags for the measured processes go in the system property {@code scale.jvm}.
 * {@code ScaleBenchmark schema N [RUNS]} times introspection and the diff alone, in-process
 * ({@link ScaleSchemas}).
 */
public final class ScaleBenchmark {

    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([\\d:.]+)");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("schema")) {
            ScaleSchemas.run(Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
            System.exit(0);
        }
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        boolean hold = args.length > 3 && args[3].equals("hold");
        Path dir = Path.of("autogen-core/target/scale/" + entities).toAbsolutePath();
        BenchProject project = new BenchProject(dir, jar);
        Path marker = dir.resolve("target/classes/compiled-" + entities);
        if (!Files.exists(marker)) {
            long start = System.nanoTime();
            EntitySources.write(project.sourceRoot(), entities, false);
            project.compileEntities();
            Files.writeString(marker, "");
            System.out.printf("generated and compiled %d entities in %d ms%n", entities, millisSince(start));
        }
        System.out.printf("entities=%d runs=%d project=%s load=%s%n", entities, runs, dir, load());
        try (TestDatabase db = TestDatabases.create()) {
            String url = db.postgresqlUrl();
            if (project.migrationFiles().isEmpty()) {
                report("initial -m --no-verify", List.of(run(dir, jar, List.of(), 0, "--url", url, "-m", "initial",
                        "--no-verify")));
            }
            report("upgrade head (the initial migration)", List.of(run(dir, jar, List.of(), 0, "--url", url,
                    "upgrade", "head")));
            List<String> flags = new ArrayList<>(List.of("-Xmx2g"));
            String extra = System.getProperty("scale.jvm", "");
            if (!extra.isBlank()) {
                flags.addAll(List.of(extra.trim().split("\\s+")));
            }
            List<Measure> live = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                live.add(run(dir, jar, flags, 0, "--url", url, "check"));
            }
            report("check, live database in sync, -Xmx2g", live);
            report("check, no database (replay into a throwaway server), -Xmx2g",
                    List.of(run(dir, jar, flags, 0, "check")));
            if (hold) {
                Path holding = dir.resolve("target/holding");
                Files.writeString(holding, url + "\n");
                System.out.printf("holding: cd %s && java -Xmx2g -jar %s --url '%s' check%n"
                        + "delete %s to stop the server%n", dir, jar, url, holding);
                System.out.flush();
                while (Files.exists(holding)) {
                    Thread.sleep(1000);
                }
            }
        }
        System.exit(0);
    }

    record Measure(long millis, long rssKib) {
    }

    /** {@code /usr/bin/time -v java FLAGS -jar JAR ARGS} in the project directory. */
    private static Measure run(Path dir, Path jar, List<String> flags, int expectedExit, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchProject.JVM_FLAGS);
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        File log = dir.resolve("target/last-run.log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().remove("AUTOGEN_DATABASE_URL");
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long millis = millisSince(start);
        String output = Files.readString(log.toPath());
        if (exit != expectedExit) {
            throw new IllegalStateException("autogen " + String.join(" ", args) + " exited " + exit + ":\n" + output);
        }
        Matcher rss = RSS.matcher(output);
        Matcher wall = WALL.matcher(output);
        return new Measure(wall.find() ? wallMillis(wall.group(1)) : millis, rss.find() ? Long.parseLong(rss.group(1))
                : -1);
    }

    private static long wallMillis(String clock) {
        String[] parts = clock.split(":");
        double seconds = 0;
        for (String part : parts) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return Math.round(seconds * 1000);
    }

    private static void report(String what, List<Measure> measures) throws IOException {
        List<Measure> byTime = new ArrayList<>(measures);
        byTime.sort(java.util.Comparator.comparingLong(Measure::millis));
        List<Long> rss = new ArrayList<>(measures.stream().map(Measure::rssKib).toList());
        Collections.sort(rss);
        System.out.printf("%-62s median %6d ms, peak RSS median %5d MiB  (runs: %s)  load %s%n", what,
                byTime.get(byTime.size() / 2).millis(), rss.get(rss.size() / 2) / 1024,
                measures.stream().map(m -> m.millis() + " ms/" + m.rssKib() / 1024 + " MiB").toList(), load());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
