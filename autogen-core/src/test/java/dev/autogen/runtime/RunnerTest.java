package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private final VersionTable versionTable = new VersionTable("autogen_version", dialect);

    private RevisionGraph applicationMigrations() {
        return RevisionGraph.of(ClasspathMigrations.load(getClass().getClassLoader(), "dev.autogen.runtime.fixtures"));
    }

    @Test
    void loadsMigrationsCompiledIntoTheApplication() {
        RevisionGraph graph = applicationMigrations();

        assertThat(graph.ordered()).extracting(MigrationScript::revision).containsExactly("0f1e2d3c4b5a", "1a2b3c4d5e6f");
        assertThat(graph.head()).isEqualTo("1a2b3c4d5e6f");
    }

    @Test
    void upgradesStepByStepAndRecordsEachMigration() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            List<String> seen = new ArrayList<>();
            Runner runner = new Runner(c, dialect, applicationMigrations(), versionTable, new RunListener() {
                @Override
                public void finished(MigrationScript script, Direction direction, long millis) {
                    seen.add(direction + " " + script.revision());
                }
            });

            runner.apply(runner.planner().upgrade("+1"));
            assertThat(runner.planner().current()).containsExactly("0f1e2d3c4b5a");
            runner.apply(runner.planner().upgrade("head"));
            assertThat(count(c, "SELECT count(*) FROM note")).isEqualTo(2);
            assertThat(runner.applied()).extracting(AppliedRevision::revision).containsExactly("0f1e2d3c4b5a", "1a2b3c4d5e6f");
            assertThat(runner.applied().get(1).parents()).containsExactly("0f1e2d3c4b5a");
            assertThat(runner.planner().isAtHead()).isTrue();
            assertThat(runner.planner().upgrade("head")).isEmpty();

            runner.apply(runner.planner().downgrade("-1"));
            assertThat(count(c, "SELECT count(*) FROM note")).isZero();
            runner.apply(runner.planner().downgrade("base"));
            assertThat(count(c, "SELECT count(*) FROM pg_class WHERE relname = 'note'")).isZero();
            assertThat(runner.planner().current()).isEmpty();
            assertThat(seen).containsExactly("UPGRADE 0f1e2d3c4b5a", "UPGRADE 1a2b3c4d5e6f",
                    "DOWNGRADE 1a2b3c4d5e6f", "DOWNGRADE 0f1e2d3c4b5a");
        }
    }

    @Revision(id = "2b3c4d5e6f70", parents = "0f1e2d3c4b5a", message = "half done")
    public static final class HalfDone implements Migration {
        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE half (id int)");
            op.execute("INSERT INTO no_such_table VALUES (1)");
        }

        @Override
        public void downgrade(Op op) {
            op.execute("DROP TABLE half");
        }
    }

    @Test
    void aFailingMigrationLeavesSchemaAndVersionTableAsTheyWere() throws Exception {
        RevisionGraph graph = RevisionGraph.of(List.of(
                applicationMigrations().get("0f1e2d3c4b5a"),
                MigrationScript.of(HalfDone.class, null, "HalfDone")));
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Runner runner = new Runner(c, dialect, graph, versionTable, RunListener.SILENT);

            assertThatThrownBy(() -> runner.apply(runner.planner().upgrade("head")))
                    .isInstanceOf(AutogenException.class)
                    .hasMessageContaining("upgrade of 2b3c4d5e6f70 (HalfDone) failed while running "
                            + "`INSERT INTO no_such_table VALUES (1)`")
                    .hasMessageContaining("rolled back");

            assertThat(runner.planner().current()).containsExactly("0f1e2d3c4b5a");
            assertThat(count(c, "SELECT count(*) FROM pg_class WHERE relname = 'half'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM pg_class WHERE relname = 'note'")).isOne();
        }
    }

    @Test
    void targetsAreCheckedAgainstTheGraph() throws Exception {
        RevisionGraph graph = applicationMigrations();
        Planner planner = new Planner(graph, List.of());

        assertThat(planner.upgrade("0f1e")).extracting(s -> s.script().revision()).containsExactly("0f1e2d3c4b5a");
        assertThatThrownBy(() -> planner.upgrade("+3")).hasMessageContaining("only 2 migration(s) left");
        assertThatThrownBy(() -> planner.upgrade("ffff")).hasMessageContaining("no revision matches 'ffff'");
        assertThatThrownBy(() -> planner.downgrade("-1")).hasMessageContaining("only 0 migration(s) applied");
        assertThatThrownBy(() -> new Planner(graph, List.of("deadbeef0000")))
                .hasMessage("database is at revision deadbeef0000, which no migration here declares (applied from a "
                        + "newer checkout, or its file was deleted); restore the missing migration, or drop its row "
                        + "with `autogen stamp base --purge`");
        assertThatThrownBy(() -> new Planner(graph, List.of("0f1e2d3c4b5a", "deadbeef0000")))
                .hasMessageEndingWith("drop its row with `autogen stamp 0f1e2d3c4b5a --purge`");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
