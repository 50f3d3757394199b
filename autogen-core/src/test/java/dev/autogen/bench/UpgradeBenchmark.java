package dev.autogen.bench;

import static dev.autogen.bench.WholeProcess.median;
import static dev.autogen.bench.WholeProcess.print;
import static dev.autogen.bench.WholeProcess.seconds;

import dev.autogen.bench.WholeProcess.Rotation;
import dev.autogen.bench.WholeProcess.Run;
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
 * database: {@code autogen upgrade head} as a whole process with a warm compile cache, in turn
 * with Flyway's {@code migrate} ({@link FlywayMigrate}, a fresh JVM) of the same migrations' SQL as
 * {@code V<n>__<name>.sql} files (what {@code upgrade --sql} prints for each, without autogen's
 * version-table rows and guards; Flyway keeps its own history), each on a fresh empty database;
 * then the runner alone (in-process, the migrations already compiled), and the same SQL run over
 * JDBC without autogen (from {@code upgrade --sql}), whose difference is the runner's overhead per
 * migration. Not a test; run with {@code bin/benchmark}. Usage:
 * {@code UpgradeBenchmark [MIGRATIONS] [RUNS] [JAR]}.
 */
public final class UpgradeBenchmark {

    private static final Pattern DOLLAR_QUOTE = Pattern.compile("\\$[A-Za-z_]*\\$");
    private static final Pattern MIGRATION_MILLIS = Pattern.compile("\\.\\.\\. (\\d+) ms$", Pattern.MULTILINE);

    private UpgradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int migrations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        Path dir = BenchInputs.work().resolve("upgrade-" + migrations);
        String key = "migrations " + migrations + " " + BenchInputs.hash(List.of(MigrationSources.class), List.of());
        if (!BenchInputs.current(dir, "sources.key", key)) {
            BenchProject.deleteTree(dir);
        }
        BenchProject project = new BenchProject(dir, jar);
        Files.createDirectories(dir.resolve("target/classes"));
        MigrationSources.write(project.sourceRoot(), migrations);
        BenchInputs.writeKey(dir, "sources.key", key);
        System.out.printf("migrations=%d runs=%d project=%s command=%s%n", migrations, runs, dir,
                String.join(" ", project.cli()));

        print("upgrade head, first run (compiles the sources unless cached)",
                List.of(onFreshDatabase(db -> project.autogen(0, "--url", db.postgresqlUrl(), "upgrade", "head"))));
        AutogenConfig config = AutogenConfig.load(dir.resolve(AutogenConfig.FILE_NAME), Map.of());
        try (Project inProcess = new Project(config, Optional.empty())) {
            RevisionGraph graph = inProcess.migrations();
            Path flywayDir = dir.resolve("target/flyway");
            FlywayFiles.write(graph, inProcess.dialect(), flywayDir);

            String load = Rows.load();
            List<Long> printed = new ArrayList<>();
            Rotation rotation = WholeProcess.rotation(1, runs, () -> onFreshDatabase(db -> {
                Run run = project.autogen(0, "--url", db.postgresqlUrl(), "upgrade", "head");
                printed.add(sumOfPrintedMillis(project.lastOutput(), migrations));
                return run;
            }), () -> onFreshDatabase(db -> flyway(project, db, flywayDir, migrations)));
            print("upgrade head, warm compile cache, whole process", rotation.get(0));
            print("Flyway migrate of the same SQL, whole process", rotation.get(1));
            System.out.printf("  sum of the per-migration times autogen printed: median %d ms%n", median(printed));
            Rows.add(6, migrations + " one-table migrations, a transaction each, empty database", "≤ 1.4 s",
                    seconds(rotation.get(0)), "Flyway 13.12 " + seconds(rotation.get(1)) + " (paired: autogen "
                            + String.format("%.2f×", rotation.ratio(0, 1)) + ")", load,
                    WholeProcess.medianMillis(rotation.get(0)) <= 1400);

            String sql = OfflineSql.of(graph, inProcess.dialect(), inProcess.versionTable(), "base",
                    planner -> planner.upgrade("head"));
            List<Long> runner = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            for (int i = 0; i < runs + 1; i++) { // the first round warms the JIT
                runner.add(onFreshDatabase(db -> new Run(runner(inProcess, db), 0)).millis());
                plain.add(onFreshDatabase(db -> new Run(plainSql(db, sql), 0)).millis());
            }
            System.out.printf("runner alone, in-process: %d ms first (cold JIT), then median %d ms%n", runner.get(0),
                    median(runner.subList(1, runner.size())));
            System.out.printf("the same SQL over JDBC, one transaction each, warm: median %d ms%n",
                    median(plain.subList(1, plain.size())));
            long overhead = median(runner.subList(1, runner.size())) - median(plain.subList(1, plain.size()));
            System.out.printf("runner overhead beyond the SQL: %.2f ms per migration%n",
                    overhead / (double) migrations);
        }
        System.exit(0);
    }

    private static Run flyway(BenchProject project, TestDatabase db, Path sqlDir, int migrations) throws Exception {
        Path log = project.dir().resolve("target/flyway.log");
        Run run = WholeProcess.run(PeerCommands.flyway(db, sqlDir), project.dir(), log, 0, Map.of());
        if (!Files.readString(log).contains("flyway: " + migrations + " migrations run")) {
            throw new IllegalStateException("Flyway: " + Files.readString(log));
        }
        return run;
    }

    interface OnDatabase {
        Run run(TestDatabase db) throws Exception;
    }

    static Run onFreshDatabase(OnDatabase body) throws Exception {
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
        StringBuilder statement = new StringBuilder();
        int dollarQuotes = 0; // a statement ends at a line ending in ';' outside a dollar-quoted body (the guards' DO)
        for (String line : script.lines().toList()) {
            if (statement.isEmpty() && (line.startsWith("--") || line.isBlank())) {
                continue;
            }
            statement.append(line).append('\n');
            Matcher quote = DOLLAR_QUOTE.matcher(line);
            while (quote.find()) {
                dollarQuotes++;
            }
            if (dollarQuotes % 2 == 0 && line.strip().endsWith(";")) {
                String text = statement.toString().strip();
                statements.add(text.substring(0, text.length() - 1));
                statement.setLength(0);
            }
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            long start = System.nanoTime();
            for (String one : statements) {
                st.execute(one);
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
}
