package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.dialect.RunLock;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.runtime.fixtures.M1_create_note;
import dev.autogen.runtime.fixtures.M2_seed_note;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run lock and the checksums of applied migrations. */
class RunnerSafetyTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private final VersionTable versionTable = new VersionTable("autogen_version", dialect);

    private static RevisionGraph graph(String firstChecksum) {
        return RevisionGraph.of(List.of(
                new MigrationScript("0f1e2d3c4b5a", List.of(), "create note", "", true, firstChecksum, "M1.java",
                        M1_create_note.class),
                new MigrationScript("1a2b3c4d5e6f", List.of("0f1e2d3c4b5a"), "seed note", "", true, "bbbb", "M2.java",
                        M2_seed_note.class)));
    }

    @Test
    void aSecondRunnerWaitsThenFailsNamingTheHolderAndLaterFindsNothingToDo() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection holder = db.connect(); Connection other = db.connect()) {
            RunLock lock = dialect.runLock();
            assertThat(lock.acquire(holder, "autogen_version", Duration.ZERO)).isTrue();
            Runner waiting = new Runner(other, dialect, graph("aaaa"), versionTable, RunListener.SILENT)
                    .withLockTimeout(Duration.ofMillis(300));

            assertThatThrownBy(() -> waiting.run(planner -> planner.upgrade("head")))
                    .isInstanceOf(AutogenException.class)
                    .hasMessageStartingWith("another runner holds the migration lock of this database (pid ")
                    .hasMessageContaining("wait longer with --lock-timeout SECONDS (or raise [migrations] lock_timeout)");
            assertThat(waiting.applied()).isEmpty();

            new Runner(holder, dialect, graph("aaaa"), versionTable, RunListener.SILENT).apply(
                    new Planner(graph("aaaa"), List.of()).upgrade("head"));
            lock.release(holder, "autogen_version");

            assertThat(waiting.run(planner -> planner.upgrade("head"))).isEmpty();
            assertThat(waiting.applied()).hasSize(2);
        }
    }

    @Test
    void aRunnerWaitingForTheLockSaysWhoHoldsItUntilItIsFree() throws Exception {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("ApplicationName", "nightly-import");
        try (TestDatabase db = TestDatabases.create(); Connection other = db.connect();
             Connection holder = java.sql.DriverManager.getConnection(db.urlWithCredentials(), props)) {
            RunLock lock = dialect.runLock();
            assertThat(lock.acquire(holder, "autogen_version", Duration.ZERO)).isTrue();
            String holderPid = db.column("SELECT pid FROM pg_stat_activity WHERE application_name = 'nightly-import'")
                    .get(0);
            java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
            RunListener listener = new RunListener() {
                @Override
                public void waitingForLock(String who, Duration waited, Duration timeout) {
                    lines.add(who + " | " + timeout.toSeconds());
                }
            };
            Runner waiting = new Runner(other, dialect, graph("aaaa"), versionTable, listener)
                    .withLockTimeout(Duration.ofMinutes(10)).withLockReport(Duration.ofMillis(50));
            var run = java.util.concurrent.CompletableFuture.supplyAsync(() -> waiting.run(p -> p.upgrade("head")));

            String first = lines.poll(2, java.util.concurrent.TimeUnit.MINUTES);
            String second = lines.poll(2, java.util.concurrent.TimeUnit.MINUTES);

            assertThat(first).startsWith("pid " + holderPid + ", nightly-import as user ").contains(" from ",
                    ", connected since ").endsWith(" | 600");
            assertThat(second).isEqualTo(first);
            assertThat(run).isNotDone();
            lock.release(holder, "autogen_version");
            assertThat(run.get(2, java.util.concurrent.TimeUnit.MINUTES)).hasSize(2);
        }
    }

    @Test
    void anAppliedMigrationEditedAfterwardsStopsEveryRunUntilRepaired() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            new Runner(c, dialect, graph("aaaa"), versionTable, RunListener.SILENT).run(p -> p.upgrade("+1"));
            Runner edited = new Runner(c, dialect, graph("cccc"), versionTable, RunListener.SILENT);

            assertThatThrownBy(() -> edited.run(p -> p.upgrade("head")))
                    .isInstanceOf(AutogenException.class)
                    .hasMessage("migration 0f1e2d3c4b5a (M1.java) was edited after it was applied to this database "
                            + "(applied aaaa, now cccc); restore it, or run `autogen repair` to accept the change");
            assertThat(edited.applied()).hasSize(1);

            List<Checksums.Mismatch> repaired = edited.repair();
            assertThat(repaired).singleElement().satisfies(m -> {
                assertThat(m.applied()).isEqualTo("aaaa");
                assertThat(m.script().checksum()).isEqualTo("cccc");
            });
            assertThat(edited.run(p -> p.upgrade("head"))).hasSize(1);
            assertThat(edited.applied()).extracting(AppliedRevision::checksum).containsExactly("cccc", "bbbb");
            assertThat(edited.repair()).isEmpty();
        }
    }
}
