package dev.autogen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a whole process, timed from outside (its start-up included), with its peak
 * resident memory from {@code /usr/bin/time -f %M} where that exists; and the statistics the
 * benchmarks print: medians of runs, and paired series (A and B alternated, the ratio taken pair
 * by pair, so that a drift in the machine's speed does not move it; also A, B, C in turn).
 */
final class WholeProcess {

    private static final Path TIME = Path.of("/usr/bin/time");

    private WholeProcess() {
    }

    /** One run: wall milliseconds and peak RSS in KiB (0 when unknown). */
    record Run(long millis, long peakKib) {
    }

    /** Something that runs once and is timed; it checks its own result and throws when it is wrong. */
    interface Timed {
        Run run() throws Exception;
    }

    /**
     * Runs {@code command} in {@code dir}, output to {@code log}; throws, showing the log, when it
     * exits other than {@code expectedExit}.
     */
    static Run run(List<String> command, Path dir, Path log, int expectedExit, Map<String, String> env)
            throws IOException, InterruptedException {
        Path rss = Files.createTempFile("autogen-bench-rss", ".txt");
        try {
            List<String> full = new ArrayList<>();
            boolean timed = Files.isExecutable(TIME);
            if (timed) {
                full.addAll(List.of(TIME.toString(), "-q", "-f", "%M", "-o", rss.toString()));
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(new File("/dev/null"));
            builder.environment().remove("AUTOGEN_DATABASE_URL");
            builder.environment().putAll(env);
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (exit != expectedExit) {
                throw new IllegalStateException(shown(command) + " exited " + exit + " (expected "
                        + expectedExit + "):\n" + tail(Files.readString(log)));
            }
            long kib = 0;
            if (timed) {
                List<String> lines = Files.readAllLines(rss).stream().filter(l -> l.matches("\\d+")).toList();
                kib = lines.isEmpty() ? 0 : Long.parseLong(lines.get(lines.size() - 1));
            }
            return new Run(millis, kib);
        } finally {
            Files.deleteIfExists(rss);
        }
    }

    /** The command without its class path, which can be long. */
    private static String shown(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        int cp = shown.indexOf("-cp");
        if (cp >= 0 && cp + 1 < shown.size()) {
            shown.set(cp + 1, "…");
        }
        return String.join(" ", shown);
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
    }

    /** {@code warmup} uncounted runs, then {@code runs} counted ones. */
    static List<Run> series(int warmup, int runs, Timed timed) throws Exception {
        for (int i = 0; i < warmup; i++) {
            timed.run();
        }
        List<Run> result = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            result.add(timed.run());
        }
        return result;
    }

    /**
     * The commands run in turn (A B C A B C ...): {@code warmup} uncounted rounds, then
     * {@code runs} counted ones; series {@code i} holds the runs of command {@code i}.
     */
    static Rotation rotation(int warmup, int runs, Timed... commands) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Timed c : commands) {
                c.run();
            }
        }
        List<List<Run>> series = new ArrayList<>();
        for (Timed ignored : commands) {
            series.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < commands.length; c++) {
                series.get(c).add(commands[c].run());
            }
        }
        return new Rotation(series);
    }

    /** Commands run in turn: each one's runs in the order they ran. */
    record Rotation(List<List<Run>> series) {

        List<Run> get(int i) {
            return series.get(i);
        }

        /** The median of the ratio of {@code a}'s time to {@code b}'s, taken round by round. */
        double ratio(int a, int b) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < series.get(a).size(); i++) {
                ratios.add(series.get(a).get(i).millis() / (double) Math.max(1, series.get(b).get(i).millis()));
            }
            Collections.sort(ratios);
            return ratios.get(ratios.size() / 2);
        }
    }

    static long medianMillis(List<Run> runs) {
        return median(runs.stream().map(Run::millis).toList());
    }

    static long medianPeakKib(List<Run> runs) {
        return median(runs.stream().map(Run::peakKib).toList());
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** {@code 3.42 s [3.31–3.60]}: the median and the range. */
    static String seconds(List<Run> runs) {
        List<Long> sorted = runs.stream().map(Run::millis).sorted().toList();
        String median = secs(medianMillis(runs));
        return sorted.size() == 1 ? median
                : median + " [" + secs(sorted.get(0)) + "–" + secs(sorted.get(sorted.size() - 1)) + "]";
    }

    static String secs(long millis) {
        return String.format("%.2f s", millis / 1000.0);
    }

    /** {@code 412 MiB} peak RSS (the median of the runs), or empty when unknown. */
    static String peak(List<Run> runs) {
        long kib = medianPeakKib(runs);
        return kib == 0 ? "" : (kib / 1024) + " MiB";
    }

    /** One line for the log: the median, the runs, the peak RSS. */
    static void print(String what, List<Run> runs) {
        System.out.printf("%-62s %s  (runs ms: %s; peak RSS %s)%n", what, seconds(runs),
                runs.stream().map(r -> Long.toString(r.millis())).toList(), peak(runs));
    }
}
