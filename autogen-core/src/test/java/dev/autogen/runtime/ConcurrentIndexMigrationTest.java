package dev.autogen.runtime;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropIndex;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indexes built {@code CONCURRENTLY} in a migration with {@code @Revision(transactional = false)}:
 * the SQL, a run that fails half-way (what the docs say happens), and the run after the cause is
 * fixed.
 */
class ConcurrentIndexMigrationTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private final VersionTable versionTable = new VersionTable("autogen_version", dialect);

    @Revision(id = "a00000000001", message = "members")
    public static final class Members implements Migration {
        @Override
        public void upgrade(Op op) {
            op.createTable("member", column("id", "bigint").notNull(), column("email", "text"));
            op.execute("INSERT INTO member VALUES (1, 'ada@example.com'), (2, 'ada@example.com')");
        }

        @Override
        public void downgrade(Op op) {
            op.dropTable("member", column("id", "bigint").notNull(), column("email", "text"));
        }
    }

    @Revision(id = "a00000000002", parents = "a00000000001", message = "member indexes", transactional = false)
    public static final class MemberIndexes implements Migration {
        @Override
        public void upgrade(Op op) {
            op.createIndexConcurrently("member", index("ix_member_id", "id"));
            op.createIndexConcurrently("member", uniqueIndex("ux_member_email", "email"));
        }

        @Override
        public void downgrade(Op op) {
            op.dropIndexConcurrently("member", uniqueIndex("ux_member_email", "email"));
            op.dropIndexConcurrently("member", index("ix_member_id", "id"));
        }
    }

    @Revision(id = "a00000000003", parents = "a00000000001", message = "forgot transactional = false")
    public static final class Forgotten implements Migration {
        @Override
        public void upgrade(Op op) {
            op.execute("DELETE FROM member WHERE id = 2");
            op.createIndexConcurrently("member", uniqueIndex("ux_member_email", "email"));
        }

        @Override
        public void downgrade(Op op) {
            op.dropIndexConcurrently("member", uniqueIndex("ux_member_email", "email"));
        }
    }

    @Test
    void aConcurrentIndexInATransactionalMigrationIsRefusedWithWhatToDo() throws Exception {
        RevisionGraph graph = RevisionGraph.of(List.of(MigrationScript.of(Members.class, null, "Members"),
                MigrationScript.of(Forgotten.class, null, "Forgotten")));
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Runner runner = new Runner(c, dialect, graph, versionTable, RunListener.SILENT);

            assertThatThrownBy(() -> runner.run(p -> p.upgrade("head")))
                    .isInstanceOf(AutogenException.class)
                    .hasMessage("upgrade of a00000000003 (Forgotten) failed: add unique index 'ux_member_email' on "
                            + "'member' (email) concurrently cannot run inside a transaction; add transactional = false "
                            + "to the migration's @Revision; the migration was rolled back and nothing was changed");

            assertThat(db.appliedRevisions()).containsExactly("a00000000001");
            assertThat(db.column("SELECT count(*) FROM member")).containsExactly("2");
        }
    }

    private static RevisionGraph graph() {
        return RevisionGraph.of(List.of(MigrationScript.of(Members.class, null, "Members"),
                MigrationScript.of(MemberIndexes.class, null, "MemberIndexes")));
    }

    @Test
    void concurrentIndexesRenderADropOfAHalfBuiltOneFirst() {
        TableName member = TableName.of("member");

        assertThat(dialect.render(new CreateIndex(member, uniqueIndex("ux_member_email", "email"), true)))
                .containsExactly("DROP INDEX CONCURRENTLY IF EXISTS ux_member_email",
                        "CREATE UNIQUE INDEX CONCURRENTLY ux_member_email ON member (email)");
        assertThat(dialect.render(new DropIndex(TableName.parse("crm.member"), index("ix_member_id", "id"), true)))
                .containsExactly("DROP INDEX CONCURRENTLY IF EXISTS crm.ix_member_id");
        assertThat(dialect.render(new CreateIndex(member, index("ix_member_id", "id"))))
                .containsExactly("CREATE INDEX ix_member_id ON member (id)");
        assertThat(new CreateIndex(member, index("ix_member_id", "id"), true).inverse())
                .isEqualTo(new DropIndex(member, index("ix_member_id", "id"), true));
    }

    @Test
    void offlineSqlRunsANonTransactionalMigrationOutsideBeginAndCommit() {
        String sql = OfflineSql.of(graph(), dialect, versionTable, "base", planner -> planner.upgrade("head"));
        String indexes = sql.substring(sql.indexOf("-- upgrade a00000000002"));

        assertThat(indexes).doesNotContain("BEGIN;").doesNotContain("COMMIT;")
                .contains("DROP INDEX CONCURRENTLY IF EXISTS ix_member_id;\n"
                        + "CREATE INDEX CONCURRENTLY ix_member_id ON member (id);\n")
                .contains("INSERT INTO autogen_version");
    }

    @Test
    void aFailedRunLeavesWhatRanAndNoVersionRowAndTheNextRunAfterTheFixSucceeds() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Runner runner = new Runner(c, dialect, graph(), versionTable, RunListener.SILENT);

            assertThatThrownBy(() -> runner.run(p -> p.upgrade("head")))
                    .isInstanceOf(AutogenException.class)
                    .hasMessageContaining("upgrade of a00000000002 (MemberIndexes) failed while running "
                            + "`CREATE UNIQUE INDEX CONCURRENTLY ux_member_email ON member (email)`")
                    .hasMessageEndingWith("the migration is not transactional: what ran before the failure stays "
                            + "and no version row was written; fix the cause and run it again");

            assertThat(db.appliedRevisions()).containsExactly("a00000000001");
            assertThat(indexes(db)).containsExactly("ix_member_id valid", "ux_member_email INVALID");

            db.execute("DELETE FROM member WHERE id = 2");
            assertThat(runner.run(p -> p.upgrade("head"))).hasSize(1);

            assertThat(db.appliedRevisions()).containsExactly("a00000000001", "a00000000002");
            assertThat(indexes(db)).containsExactly("ix_member_id valid", "ux_member_email valid");
            assertThat(runner.run(p -> p.downgrade("-1"))).hasSize(1);
            assertThat(indexes(db)).isEmpty();
            assertThat(db.appliedRevisions()).containsExactly("a00000000001");
        }
    }

    /** The indexes on {@code member}, with whether PostgreSQL can use them. */
    private static List<String> indexes(TestDatabase db) throws Exception {
        return db.column("SELECT c.relname || CASE WHEN i.indisvalid THEN ' valid' ELSE ' INVALID' END "
                + "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE i.indrelid = 'member'::regclass ORDER BY c.relname");
    }
}
