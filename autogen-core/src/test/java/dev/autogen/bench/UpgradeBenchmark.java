package dev.autogen.bench;

import static dev.autogen.bench.AutogenerateBenchmark.report;
import static dev.autogen.bench.AutogenerateBenchmark.times;

import dev.autogen.config.AutogenConfig;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.runtime.OfflineSql;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times applying N migrations ({@link MigrationSources}, one transaction each) to an empty
 * database: {@code autogen upgrade head} as a whole process with a warm compile cache, the
 * runner alone (in-process, the migrations already compiled), and the same SQL run over JDBC
 * without autogen (from {@code upgrade --sql}), whose difference is the runner's overhead per
 * migration. Not a test; run with {@code bin/benchmark}. Usage:
 * {@code UpgradeBenchmark [MIGRATIONS] [RUNS] [JAR]}.
 */
public final class UpgradeBenchmark {

    private static final Pattern MIGRATION_MILLIS = Pattern.compile("\\.\\.\\. (\\d+) ms$", Pattern.MULTILINE);

    private UpgradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int migrations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        Path dir = Files.createTempDirectory("autogen-bench-upgrade");
        try {
            BenchProject project = new BenchProject(dir, jar);
            Files.createDirectories(dir.resolve("target/classes"));
            MigrationSources.write(project.sourceRoot(), migrations);
            System.out.printf("migrations=%d runs=%d project=%s%n", migrations, runs, dir);

            report("upgrade head, cold compile cache (compiles " + migrations + " sources)",
                    List.of(onFreshDatabase(db -> project.autogen(0, "--url", db.postgresqlUrl(), "upgrade", "head"))));
            List<Long> printed = new ArrayList<>();
            report("upgrade head, warm compile cache, whole process", times(runs, () -> onFreshDatabase(db -> {
                long millis = project.autogen(0, "--url", db.postgresqlUrl(), "upgrade", "head");
                printed.add(sumOfPrintedMillis(project.lastOutput(), migrations));
                return millis;
            })));
            report("  sum of the per-migration times it printed", printed);

            AutogenConfig config = AutogenConfig.load(dir.resolve(AutogenConfig.FILE_NAME), Map.of());
            try (Project inProcess = new Project(config, Optional.empty())) {
                RevisionGraph graph = inProcess.migrations();
                String sql = OfflineSql.of(graph, inProcess.dialect(), inProcess.versionTable(), "base",
                        planner -> planner.upgrade("head"));
                List<Long> runner = new ArrayList<>();
                List<Long> plain = new ArrayList<>();
                for (int i = 0; i < runs + 1; i++) { // the first round warms the JIT
                    runner.add(onFreshDatabase(db -> runner(inProcess, db)));
                    plain.add(onFreshDatabase(db -> plainSql(db, sql)));
                }
                report("runner alone, in-process (first round, cold JIT)", runner.subList(0, 1));
                report("runner alone, in-process, warm", runner.subList(1, runner.size()));
                report("the same SQL over JDBC, one transaction each, warm", plain.subList(1, plain.size()));
                long overhead = median(runner.subList(1, runner.size())) - median(plain.subList(1, plain.size()));
                System.out.printf("runner overhead beyond the SQL: %.2f ms per migration%n",
                        overhead / (double) migrations);
            }
        } finally {
            BenchProject.deleteTree(dir);
        }
        System.exit(0);
    }

    interface OnDatabase {
        long run(TestDatabase db) throws Exception;
    }

    static long onFreshDatabase(OnDatabase body) throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            return body.run(db);
        }
    }

    private static long runner(Project project, TestDatabase db) {
        try (DatabaseSession session = DatabaseSession.live(DatabaseUrl.parse(db.postgresqlUrl()))) {
            long start = System.nanoTime();
            project.runner(session, RunListener.SILENT).run(planner -> planner.upgrade("head"));
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    /** Runs {@code upgrade --sql}'s script statement by statement (its BEGIN and COMMIT included). */
    private static long plainSql(TestDatabase db, String script) throws Exception {
        List<String> statements = new ArrayList<>();
        for (String part : script.split(";\n")) {
            String statement = part.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            long start = System.nanoTime();
            for (String statement : statements) {
                st.execute(statement);
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static long sumOfPrintedMillis(String output, int migrations) {
        Matcher m = MIGRATION_MILLIS.matcher(output);
        long sum = 0;
        int count = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
            count++;
        }
        if (count != migrations) {
            throw new IllegalStateException("expected " + migrations + " migrations run, saw " + count + ":\n" + output);
        }
        return sum;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
