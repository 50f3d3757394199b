package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a migration costs beyond its own SQL: its version-table row and its commit, nothing else
 * (no per-migration read of the version table, lock check or savepoint); what the run costs once
 * (the lock, reading the version table, the privilege check) does not grow with the migrations.
 */
class RunnerRoundTripsPerMigrationTest {

    private static final PostgresDialect DIALECT = new PostgresDialect();

    static void table(Op op, String name) {
        op.execute("CREATE TABLE " + name + " (id bigint PRIMARY KEY, name text)");
        op.execute("CREATE INDEX " + name + "_name ON " + name + " (name)");
    }

    @Revision(id = "40a000000001", message = "one")
    public static final class One implements Migration {
        @Override
        public void upgrade(Op op) {
            table(op, "rt_one");
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "40a000000002", parents = "40a000000001", message = "two")
    public static final class Two implements Migration {
        @Override
        public void upgrade(Op op) {
            table(op, "rt_two");
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "40a000000003", parents = "40a000000002", message = "three")
    public static final class Three implements Migration {
        @Override
        public void upgrade(Op op) {
            table(op, "rt_three");
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    private static List<String> callsToUpgrade(List<Class<? extends Migration>> types) throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection real = db.connect()) {
            CountingConnection counting = new CountingConnection(real);
            RevisionGraph graph = RevisionGraph.of(types.stream()
                    .map(t -> MigrationScript.of(t, null, t.getSimpleName())).toList());
            new Runner(counting.connection(), DIALECT, graph, new VersionTable("autogen_version", DIALECT),
                    RunListener.SILENT).run(p -> p.upgrade("head"));
            assertThat(db.appliedRevisions()).hasSize(types.size());
            return counting.calls();
        }
    }

    private static java.util.Map<String, Long> counts(List<String> calls) {
        return calls.stream().collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    @Test
    void eachMigrationAddsItsStatementsItsVersionRowAndOneCommit() throws Exception {
        List<String> one = callsToUpgrade(List.of(One.class));
        List<String> three = callsToUpgrade(List.of(One.class, Two.class, Three.class));

        // two migrations more: their two statements each, a version row each, a commit each; nothing else
        java.util.Map<String, Long> added = new java.util.TreeMap<>(counts(three));
        counts(one).forEach((call, n) -> added.merge(call, -n, Long::sum));
        added.values().removeIf(n -> n == 0);
        assertThat(added).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("createStatement", 4L, "prepareStatement", 2L, "commit", 2L));
    }
}
