package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.embedded.EmbeddedServer;
import dev.autogen.embedded.SmallLockTableServer;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A migration whose transaction holds more locks than the server's lock table has room for
 * ({@code max_locks_per_transaction}): on a user's server it fails with one line saying what to do,
 * and the same work split into smaller migrations runs; autogen's own servers have room for it.
 */
class LockTableMigrationTest {

    private static final int TABLES = 800;
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static EmbeddedServer small;

    @BeforeAll
    static void start() {
        small = SmallLockTableServer.start();
    }

    @AfterAll
    static void stop() {
        small.close();
    }

    static void tables(Op op, int from, int to) {
        for (int i = from; i < to; i++) {
            op.execute("CREATE TABLE lock_t" + i + " (id integer PRIMARY KEY, note text)");
        }
    }

    @Revision(id = "10c4a11a70ce", message = "every table at once")
    public static final class AllAtOnce implements Migration {
        @Override
        public void upgrade(Op op) {
            tables(op, 0, TABLES);
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "10c4a1111111", message = "the first quarter")
    public static final class Part1 implements Migration {
        @Override
        public void upgrade(Op op) {
            tables(op, 0, TABLES / 4);
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "10c4a1222222", parents = "10c4a1111111", message = "the second quarter")
    public static final class Part2 implements Migration {
        @Override
        public void upgrade(Op op) {
            tables(op, TABLES / 4, TABLES / 2);
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "10c4a1333333", parents = "10c4a1222222", message = "the third quarter")
    public static final class Part3 implements Migration {
        @Override
        public void upgrade(Op op) {
            tables(op, TABLES / 2, 3 * TABLES / 4);
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "10c4a1444444", parents = "10c4a1333333", message = "the last quarter")
    public static final class Part4 implements Migration {
        @Override
        public void upgrade(Op op) {
            tables(op, 3 * TABLES / 4, TABLES);
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    private static Runner runner(Connection c, List<Class<? extends Migration>> types) {
        RevisionGraph graph = RevisionGraph.of(types.stream()
                .map(t -> MigrationScript.of(t, null, t.getSimpleName())).toList());
        return new Runner(c, DIALECT, graph, new VersionTable("autogen_version", DIALECT), RunListener.SILENT);
    }

    private static Connection connect(DatabaseUrl url) throws Exception {
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aMigrationTooLargeForTheLockTableFailsWithOneLineSayingWhatToDoAndChangesNothing() throws Exception {
        try (Connection c = connect(small.url())) {
            assertThatThrownBy(() -> runner(c, List.of(AllAtOnce.class)).run(p -> p.upgrade("head")))
                    .isInstanceOf(AutogenException.class)
                    .hasMessageContaining("upgrade of 10c4a11a70ce (AllAtOnce) failed")
                    .hasMessageContaining("out of shared memory; the migration was rolled back and nothing was changed")
                    .hasMessageContaining("(max_locks_per_transaction 10 × (max_connections 20 + "
                            + "max_prepared_transactions 0))")
                    .hasMessageContaining("raise max_locks_per_transaction in postgresql.conf and restart the server, "
                            + "or split the migration into smaller ones")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'lock_t%'")).isZero();
        }
    }

    @Test
    void theSameTablesSplitIntoSmallerMigrationsRun() throws Exception {
        try (Connection c = connect(small.url())) {
            c.createStatement().execute("CREATE SCHEMA split");
            c.createStatement().execute("SET search_path = split");

            runner(c, List.of(Part1.class, Part2.class, Part3.class, Part4.class)).run(p -> p.upgrade("head"));

            assertThat(count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'split' AND tablename LIKE 'lock_t%'"))
                    .isEqualTo(TABLES);
            assertThat(count(c, "SELECT count(*) FROM split.autogen_version")).isEqualTo(4);
        }
    }

    @Test
    void autogensOwnServersHaveRoomForTheWholeMigration() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.embedded(), "the test server is autogen's own");

            runner(c, List.of(AllAtOnce.class)).run(p -> p.upgrade("head"));

            assertThat(db.appliedRevisions()).containsExactly("10c4a11a70ce");
            assertThat(count(c, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'lock_t%'")).isEqualTo(TABLES);
        }
    }
}
