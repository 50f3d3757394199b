package dev.autogen.bench;

import static dev.autogen.bench.WholeProcess.print;
import static dev.autogen.bench.WholeProcess.seconds;

import dev.autogen.bench.WholeProcess.Run;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code check} on large generated schemas ({@link EntitySources}, like the 500, kept by
 * {@link BenchInputs}): for each size, a fresh database brought to head by {@code upgrade head},
 * then {@code check --url} in sync, each run a whole process under {@code -Xmx2g} (the target's
 * heap; a run that needs more fails) with a GC log, from which the peak heap is read: the largest
 * heap in use before a collection or at exit. The figures at several sizes show how the cost grows.
 * Not a test; run with {@code bin/benchmark}. Usage: {@code ScaleBenchmark SIZES [RUNS] [JAR]}, the
 * sizes comma-separated ({@code 1000,5000,10000}).
 */
public final class ScaleBenchmark {

    private static final Pattern BEFORE_GC = Pattern.compile("\\) (\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Pattern USED_AT_EXIT = Pattern.compile("generation +total \\d+K, used (\\d+)K");
    private static final long TARGET_MILLIS = 15_000;
    private static final long TARGET_HEAP_MIB = 2048;

    private ScaleBenchmark() {
    }

    record Size(int tables, List<Run> runs, long peakHeapMib) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(args[0].split(",")).stream().map(String::strip).map(Integer::parseInt).toList();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        String load = Rows.load();
        List<Size> measured = new ArrayList<>();
        for (int tables : sizes) {
            try (TestDatabase db = TestDatabases.create()) {
                String url = db.postgresqlUrl();
                BenchProject project = BenchInputs.entities(tables, jar, url);
                print("upgrade head, " + tables + " tables (the initial migration)",
                        List.of(project.autogen(0, "--url", url, "upgrade", "head")));
                Path gcLog = project.dir().resolve("target/gc.log");
                List<Long> heaps = new ArrayList<>();
                List<Run> checks = WholeProcess.series(1, runs, () -> {
                    Run run = project.autogenWith(List.of("-Xmx2g", "-Xlog:gc,gc+heap+exit:file=" + gcLog), 0,
                            "--url", url, "check");
                    heaps.add(peakHeapMib(Files.readString(gcLog)));
                    return run;
                });
                long heap = heaps.stream().mapToLong(Long::longValue).max().orElse(0);
                print("check, in sync, live database, " + tables + " tables (peak heap " + heap + " MiB)", checks);
                measured.add(new Size(tables, checks, heap));
            }
        }
        Size largest = measured.get(measured.size() - 1);
        StringBuilder figures = new StringBuilder();
        for (int i = measured.size() - 1; i >= 0; i--) {
            Size s = measured.get(i);
            figures.append(i == measured.size() - 1 ? "" : "; ").append(String.format("%,d: ", s.tables()))
                    .append(seconds(s.runs())).append(", heap ").append(s.peakHeapMib()).append(" MiB");
        }
        StringBuilder growth = new StringBuilder();
        for (int i = 1; i < measured.size(); i++) {
            Size a = measured.get(i - 1);
            Size b = measured.get(i);
            double perThousand = (WholeProcess.medianMillis(b.runs()) - WholeProcess.medianMillis(a.runs()))
                    / (double) (b.tables() - a.tables());
            growth.append(i == 1 ? "each 1,000 more tables: " : ", ").append(String.format("%,d→%,d +%.2f s",
                    a.tables(), b.tables(), perThousand));
        }
        String verdict = largest.tables() < 10_000 ? "not measured at 10,000"
                : WholeProcess.medianMillis(largest.runs()) <= TARGET_MILLIS && largest.peakHeapMib() <= TARGET_HEAP_MIB
                        ? "met" : "**missed**";
        Rows.add(9, "`check` on " + String.format("%,d", largest.tables()) + " generated tables, live database, "
                        + "peak heap (run under -Xmx2g)", "≤ 15 s, heap ≤ 2 GiB, linear",
                figures.toString(), growth.toString(), load, verdict);
        System.exit(0);
    }

    /** The largest heap in use in a GC log: before any collection, or at exit; in MiB. */
    static long peakHeapMib(String gcLog) {
        long peak = 0;
        Matcher before = BEFORE_GC.matcher(gcLog);
        while (before.find()) {
            peak = Math.max(peak, Long.parseLong(before.group(1)));
        }
        long atExit = 0;
        Matcher used = USED_AT_EXIT.matcher(gcLog);
        while (used.find()) {
            atExit += Long.parseLong(used.group(1));
        }
        return Math.max(peak, atExit / 1024);
    }
}
