package dev.autogen.runtime;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.enumType;
import static dev.autogen.api.Ddl.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.SqlScripts;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Offline SQL guards itself: each migration of a script first checks that the version table holds
 * what the script expects, so a script run twice, or on a database at another revision, stops
 * before it changes anything. Run as psql runs it ({@link SqlScripts}), and with psql itself where
 * it is installed. The graph has a first migration (no version table yet), a branch and its merge,
 * an enum value committed first, and a migration outside a transaction ({@code CONCURRENTLY}).
 */
class OfflineSqlGuardTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private final VersionTable versionTable = new VersionTable("autogen_version", dialect);

    @Revision(id = "a10000000000", message = "first")
    public static final class First implements Migration {
        @Override
        public void upgrade(Op op) {
            op.createEnum(enumType("mood", "OK"));
            op.createTable("t", column("id", "bigint").notNull(), column("mood", "mood"));
        }

        @Override
        public void downgrade(Op op) {
            op.dropTable("t", column("id", "bigint").notNull(), column("mood", "mood"));
            op.dropEnum(enumType("mood", "OK"));
        }
    }

    @Revision(id = "b20000000000", parents = "a10000000000", message = "branch b")
    public static final class BranchB implements Migration {
        @Override
        public void upgrade(Op op) {
            op.execute("CREATE TABLE b (id bigint)", "DROP TABLE b");
        }

        @Override
        public void downgrade(Op op) {
            op.execute("DROP TABLE b", "CREATE TABLE b (id bigint)");
        }
    }

    @Revision(id = "c30000000000", parents = "a10000000000", message = "branch c, a mood used at once")
    public static final class BranchC implements Migration {
        @Override
        public void upgrade(Op op) {
            op.alterEnum(enumType("mood", "OK"), enumType("mood", "OK", "SAD"));
            op.execute("INSERT INTO t VALUES (1, 'SAD')", "DELETE FROM t WHERE id = 1");
        }

        @Override
        public void downgrade(Op op) {
            op.execute("DELETE FROM t WHERE id = 1", "INSERT INTO t VALUES (1, 'SAD')"); // the value stays
        }
    }

    @Revision(id = "d40000000000", parents = {"b20000000000", "c30000000000"}, message = "merge")
    public static final class Merge implements Migration {
        @Override
        public void upgrade(Op op) {
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Revision(id = "e50000000000", parents = "d40000000000", message = "index", transactional = false)
    public static final class Concurrent implements Migration {
        @Override
        public void upgrade(Op op) {
            op.createIndexConcurrently("t", index("ix_t_id", "id"));
        }

        @Override
        public void downgrade(Op op) {
            op.dropIndexConcurrently("t", index("ix_t_id", "id"));
        }
    }

    private static RevisionGraph graph() {
        return RevisionGraph.of(List.of(First.class, BranchB.class, BranchC.class, Merge.class, Concurrent.class)
                .stream().map(type -> MigrationScript.of(type, null, type.getSimpleName() + ".java")).toList());
    }

    private String upgrade(String from, String to) {
        return OfflineSql.of(graph(), dialect, versionTable, from, planner -> planner.upgrade(to));
    }

    private String downgrade(String from, String to) {
        return OfflineSql.of(graph(), dialect, versionTable, from, planner -> planner.downgrade(to));
    }

    private static String state(TestDatabase db) throws Exception {
        return db.appliedRevisions() + " " + db.tables() + " " + db.column("SELECT indexname FROM pg_indexes "
                + "WHERE schemaname = 'public' ORDER BY 1") + " " + db.column("SELECT enumlabel FROM pg_enum ORDER BY 1")
                + " " + (db.tables().contains("t") ? db.column("SELECT id || ':' || mood FROM t ORDER BY 1") : "");
    }

    @Test
    void anUpgradeScriptRunsOnceAndStopsTheSecondTimeBeforeChangingAnything() throws Exception {
        String script = upgrade("base", "head");
        assertThat(SqlScripts.statements(script)).filteredOn(s -> s.startsWith("DO $autogen$")).hasSize(5 + 1); // and one before the enum value committed first
        try (TestDatabase db = TestDatabases.create()) {
            assertThat(SqlScripts.run(db, script)).isEmpty();
            String done = state(db);
            assertThat(db.appliedRevisions()).hasSize(5);
            assertThat(db.tables()).contains("b", "t");

            Optional<String> again = SqlScripts.run(db, script);

            assertThat(again).hasValueSatisfying(error -> assertThat(error).contains(
                    "autogen: this script expects the database at base before upgrade a10000000000, but it is "
                            + "elsewhere (or the script already ran)", "run `autogen current` there",
                    "(autogen_version holds: a10000000000,b20000000000,c30000000000,d40000000000,e50000000000)"));
            assertThat(state(db)).isEqualTo(done);
        }
    }

    @Test
    void aScriptOnADatabaseAtAnotherRevisionStopsAtItsFirstMigration() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            assertThat(SqlScripts.run(db, upgrade("base", "b2"))).isEmpty();
            String atB2 = state(db);

            assertThat(SqlScripts.run(db, upgrade("c3", "head"))).hasValueSatisfying(error -> assertThat(error)
                    .contains("expects the database at c30000000000 before upgrade b20000000000",
                            "holds: a10000000000,b20000000000"));
            assertThat(state(db)).isEqualTo(atB2);
            assertThat(SqlScripts.run(db, downgrade("head", "base"))).hasValueSatisfying(error -> assertThat(error)
                    .contains("expects the database at e50000000000 before downgrade e50000000000"));
            assertThat(state(db)).isEqualTo(atB2);

            assertThat(SqlScripts.run(db, upgrade("b2", "head"))).isEmpty(); // the right FROM goes through
            assertThat(db.appliedRevisions()).hasSize(5);
        }
    }

    @Test
    void aMigrationOutsideATransactionIsGuardedToo() throws Exception {
        String script = upgrade("d4", "head");
        assertThat(script.substring(script.indexOf("-- upgrade e5"))).doesNotContain("BEGIN;")
                .containsSubsequence("DO $autogen$", "CREATE INDEX CONCURRENTLY ix_t_id ON t (id);");
        try (TestDatabase db = TestDatabases.create()) {
            assertThat(SqlScripts.run(db, upgrade("base", "b2"))).isEmpty();
            String atB2 = state(db);

            assertThat(SqlScripts.run(db, script)).hasValueSatisfying(error -> assertThat(error)
                    .contains("expects the database at d40000000000 before upgrade e50000000000"));
            assertThat(state(db)).isEqualTo(atB2).doesNotContain("ix_t_id");
        }
    }

    @Test
    void aDowngradeScriptRunsOnceAndStopsTheSecondTime() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            String empty = state(db);
            assertThat(SqlScripts.run(db, upgrade("base", "head"))).isEmpty();
            String down = downgrade("head", "base");
            assertThat(SqlScripts.run(db, down)).isEmpty();
            assertThat(db.appliedRevisions()).isEmpty();
            assertThat(db.tables()).containsExactly("autogen_version");
            String atBase = state(db);

            assertThat(SqlScripts.run(db, down)).hasValueSatisfying(error -> assertThat(error)
                    .contains("expects the database at e50000000000 before downgrade e50000000000", "holds: no rows"));
            assertThat(state(db)).isEqualTo(atBase).isNotEqualTo(empty);
        }
    }

    @Test
    void psqlItselfStopsAtTheGuard() throws Exception {
        Path psql = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).map(d -> Path.of(d, "psql"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(psql != null && TestDatabases.embedded(), "needs psql on the PATH and the embedded server");
        try (TestDatabase db = TestDatabases.create()) {
            Path file = Files.createTempFile("upgrade", ".sql");
            Files.writeString(file, upgrade("base", "head"));
            assertThat(psql(psql, db, file).exitValue()).isZero();
            String done = state(db);

            Process again = psql(psql, db, file);

            assertThat(again.exitValue()).isEqualTo(3); // psql's "error in the script" with ON_ERROR_STOP
            assertThat(new String(again.getErrorStream().readAllBytes()))
                    .contains("autogen: this script expects the database at base before upgrade a10000000000");
            assertThat(state(db)).isEqualTo(done);
            Files.delete(file);
        }
    }

    private static Process psql(Path psql, TestDatabase db, Path file) throws Exception {
        String rest = db.url().substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        ProcessBuilder pb = new ProcessBuilder(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", hostPort.substring(0, hostPort.indexOf(':')), "-p", hostPort.substring(hostPort.indexOf(':') + 1),
                "-U", db.user(), "-d", rest.substring(rest.indexOf('/') + 1), "-f", file.toString());
        pb.environment().put("PGPASSWORD", db.password());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return p;
    }

    private static final class Stream {
        static <T> java.util.stream.Stream<T> of(T[] values) {
            return java.util.Arrays.stream(values);
        }
    }
}
