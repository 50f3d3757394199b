package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real processes: eight runners at once, and one killed with SIGKILL in the middle of a migration. */
class CliConcurrencyTest extends CliTestBase {

    private static Process start(TestProject project, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-C", project.dir().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A project with two migrations, the second inserting one row: applied twice, it would insert two. */
    private TestProject projectWithTwoMigrations() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("revision", "-m", "seed", "--url", url).code()).isZero();
        Path seed = project.migrations().stream().filter(p -> p.toString().endsWith("_seed.java")).findFirst()
                .orElseThrow();
        project.write(project.dir().relativize(seed).toString(), project.read(seed).replaceFirst(
                "(public void upgrade\\(Op op\\)[^{]*\\{)", "$1\n        op.execute(\"SELECT pg_sleep(1)\");\n"
                        + "        op.execute(\"INSERT INTO interviews (title) VALUES ('seeded')\");\n"));
        assertThat(project.run("history", "--url", url).code()).as("warms the compile cache").isZero();
        return project;
    }

    @Test
    void eightProcessesUpgradingAtOnceApplyEachMigrationExactlyOnce() throws Exception {
        TestProject project = projectWithTwoMigrations();
        deleteTree(project.dir().resolve(".autogen/classes"));   // all eight compile the migrations at once too
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(start(project, dir.resolve("run" + i + ".log"), "upgrade", "head", "--url",
                    db.urlWithCredentials()));
        }
        for (int i = 0; i < processes.size(); i++) {
            assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(processes.get(i).exitValue()).as(project.read(dir.resolve("run" + i + ".log"))).isZero();
        }

        assertThat(db.appliedRevisions()).hasSize(2);
        assertThat(db.column("SELECT title FROM interviews")).containsExactly("seeded");
        long appliers = processes.stream().map(p -> dir.resolve("run" + processes.indexOf(p) + ".log"))
                .filter(log -> project.read(log).contains("Running upgrade")).count();
        assertThat(appliers).as("one process ran the migrations, the others found nothing to do").isEqualTo(1);
    }

    @Test
    void aProcessKilledInTheMiddleOfAMigrationLeavesNoTraceAndTheNextRunSucceeds() throws Exception {
        TestProject project = projectWithTwoMigrations();
        String url = db.urlWithCredentials();
        assertThat(project.run("upgrade", "+1", "--url", url).code()).isZero();
        Process runner = start(project, dir.resolve("killed.log"), "upgrade", "head", "--url", url);
        long deadline = System.currentTimeMillis() + 60_000;
        while (db.column("SELECT query FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'").isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the second migration starts").isLessThan(deadline);
            Thread.sleep(20);
        }

        runner.destroyForcibly();
        assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(db.appliedRevisions()).hasSize(1);
        assertThat(db.column("SELECT count(*) FROM interviews")).containsExactly("0");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).hasSize(2);
        assertThat(db.column("SELECT title FROM interviews")).containsExactly("seeded");
    }
}
