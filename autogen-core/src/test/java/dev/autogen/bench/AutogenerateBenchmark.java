package dev.autogen.bench;

import static dev.autogen.bench.WholeProcess.print;
import static dev.autogen.bench.WholeProcess.seconds;

import dev.autogen.bench.WholeProcess.Rotation;
import dev.autogen.bench.WholeProcess.Run;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The targets on N generated entities ({@link EntitySources}, kept by {@link BenchInputs}), each a
 * whole process, against a live PostgreSQL at head (one embedded server for the run, given with
 * {@code --url}) and with no database: {@code check} in sync paired with Hibernate's validator on
 * the same entities and database; {@code check} with no database (the throwaway server); then, one
 * pending change, {@code -m} with its proof, {@code -m --no-verify} and Hibernate's updater in turn
 * (the updater on a copy of the database made before each of its runs); then the phases of that
 * {@code -m} in a fresh JVM ({@link AutogeneratePhases}). Not a test; run with {@code bin/benchmark}.
 * Usage: {@code AutogenerateBenchmark [ENTITIES] [RUNS] [JAR]}.
 */
public final class AutogenerateBenchmark {

    private AutogenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path jar = Path.of(args.length > 2 ? args[2] : "autogen-cli/target/autogen.jar").toAbsolutePath();
        try (TestDatabase db = TestDatabases.create()) {
            String url = db.postgresqlUrl();
            BenchProject project = BenchInputs.entities(entities, jar, url);
            System.out.printf("entities=%d runs=%d project=%s command=%s%n", entities, runs, project.dir(),
                    String.join(" ", project.cli()));
            print("upgrade head (the initial migration)", List.of(project.autogen(0, "--url", url, "upgrade", "head")));
            print("autogen --version (JVM start, picocli)",
                    WholeProcess.series(1, runs, () -> project.autogen(0, "--version")));

            String load = Rows.load();
            List<String> hibernateTimes = new ArrayList<>();
            Rotation check = WholeProcess.rotation(1, runs, () -> project.autogen(0, "--url", url, "check"),
                    () -> hibernate(project, "validate", PeerCommands.hibernate("validate", project, db),
                            hibernateTimes));
            print("check, in sync, live database", check.get(0));
            print("Hibernate's validator (hbm2ddl.auto=validate), same database", check.get(1));
            Rows.add(3, "`check`, " + entities + " entities in sync, live database", "≤ Hibernate's validator",
                    seconds(check.get(0)), "Hibernate's validator " + seconds(check.get(1)) + " (paired: autogen "
                            + String.format("%.2f×", check.ratio(0, 1)) + "; its metadata build "
                            + metadata(hibernateTimes) + ")", load, check.ratio(0, 1) <= 1.0);

            load = Rows.load();
            List<Run> offline = WholeProcess.series(1, runs, () -> project.autogen(0, "check"));
            print("check, in sync, no database (throwaway server)", offline);
            Rows.add(4, "`check`, " + entities + " entities, no database (replay on the throwaway server)", "≤ 3.5 s",
                    seconds(offline), "", load, WholeProcess.medianMillis(offline) <= 3500);

            project.compile(List.of(EntitySources.writeMiddle(project.sourceRoot(), entities, true)));
            Set<Path> before = new HashSet<>(project.migrationFiles());
            String copy = databaseName(db) + "_h";
            load = Rows.load();
            hibernateTimes.clear();
            Rotation generate = WholeProcess.rotation(1, runs,
                    () -> generateAndDelete(project, before, "--url", url, "-m", "add archived_at"),
                    () -> generateAndDelete(project, before, "--url", url, "-m", "add archived_at", "--no-verify"),
                    () -> updater(project, db, copy, hibernateTimes));
            print("-m, one pending change, proof included", generate.get(0));
            print("-m, one pending change, --no-verify", generate.get(1));
            print("Hibernate's updater (hbm2ddl.auto=update), a copy of the database", generate.get(2));
            String updater = "Hibernate's updater " + seconds(generate.get(2)) + ", its metadata build "
                    + metadata(hibernateTimes);
            Rows.add(1, "`-m`, " + entities + " entities, live database at head, one pending change, proof included",
                    "≤ 3.5 s", seconds(generate.get(0)), updater + " (paired: autogen "
                            + String.format("%.2f×", generate.ratio(0, 2)) + ")", load,
                    WholeProcess.medianMillis(generate.get(0)) <= 3500);
            Rows.add(2, "`-m --no-verify`, same", "≤ 2.8 s", seconds(generate.get(1)),
                    "paired with the updater: autogen " + String.format("%.2f×", generate.ratio(1, 2)), load,
                    WholeProcess.medianMillis(generate.get(1)) <= 2800);
            TestDatabases.admin("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)");

            System.out.println("phases of -m, one pending change, in a fresh JVM with the command line's flags:");
            phases(project.dir(), url, jar);
            project.compile(List.of(EntitySources.writeMiddle(project.sourceRoot(), entities, false)));
        }
        System.exit(0);
    }

    private static Run generateAndDelete(BenchProject project, Set<Path> before, String... args) throws Exception {
        Run run = project.autogen(0, args);
        List<Path> added = project.migrationFiles().stream().filter(f -> !before.contains(f)).toList();
        if (added.size() != 1 || !Files.readString(added.get(0)).contains("archived_at")) {
            throw new IllegalStateException("expected one migration adding archived_at:\n" + project.lastOutput());
        }
        Files.delete(added.get(0));
        return run;
    }

    /** Hibernate's tool in a fresh JVM; its output's metadata time goes to {@code times}. */
    static Run hibernate(BenchProject project, String what, List<String> command, List<String> times)
            throws Exception {
        Path log = project.dir().resolve("target/hibernate-" + what + ".log");
        Run run = WholeProcess.run(command, project.dir(), log, 0, java.util.Map.of());
        String out = Files.readString(log);
        times.add(out.replaceAll("(?s).*metadata (\\d+) ms.*", "$1"));
        return run;
    }

    /** Hibernate's updater on a fresh copy of the database (made untimed), which must then have the new column. */
    private static Run updater(BenchProject project, TestDatabase db, String copy, List<String> times)
            throws Exception {
        TestDatabases.admin("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)",
                "CREATE DATABASE " + copy + " TEMPLATE " + databaseName(db));
        String url = db.url().replace("/" + databaseName(db), "/" + copy);
        Run run = hibernate(project, "update", PeerCommands.hibernate("update", project, url, db), times);
        try (var c = java.sql.DriverManager.getConnection(url, db.user(), db.password());
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.columns WHERE "
                     + "table_name = '" + EntitySources.tableName(entitiesOf(project) / 2)
                     + "' AND column_name = 'archived_at'")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                throw new IllegalStateException("Hibernate's updater did not add archived_at");
            }
        }
        return run;
    }

    private static int entitiesOf(BenchProject project) {
        return Integer.parseInt(project.dir().getFileName().toString().replace("entities-", ""));
    }

    static String databaseName(TestDatabase db) {
        String rest = db.url().substring(db.url().lastIndexOf('/') + 1);
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** The median of the metadata build times Hibernate's tool printed. */
    private static String metadata(List<String> times) {
        List<Long> millis = times.stream().filter(t -> t.matches("\\d+")).map(Long::parseLong).toList();
        return millis.isEmpty() ? "?" : WholeProcess.secs(WholeProcess.median(millis));
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
            System.out.println("(AutogeneratePhases failed: the phases are analysis, not a target; "
                    + "the figures above stand)");
        }
    }
}
