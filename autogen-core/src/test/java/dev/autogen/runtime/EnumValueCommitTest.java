package dev.autogen.runtime;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.enumType;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** An enum value added and used in one migration: the runner commits the new value first. */
class EnumValueCommitTest {

    private final PostgresDialect dialect = new PostgresDialect();

    @Revision(id = "e1e1e1e1e1e1", message = "sad mood as the default")
    public static final class AddAndUse implements Migration {
        @Override
        public void upgrade(Op op) {
            op.alterEnum(enumType("mood", "OK"), enumType("mood", "OK", "SAD"));
            op.alterColumn("diary", column("m", "mood"), column("m", "mood").withDefault("'SAD'::mood"));
            op.execute("INSERT INTO diary DEFAULT VALUES");
        }

        @Override
        public void downgrade(Op op) {
            op.execute("DELETE FROM diary");
            op.alterColumn("diary", column("m", "mood").withDefault("'SAD'::mood"), column("m", "mood"));
        }
    }

    @Revision(id = "e2e2e2e2e2e2", message = "adds a value, then fails")
    public static final class AddAndFail implements Migration {
        @Override
        public void upgrade(Op op) {
            op.alterEnum(enumType("mood", "OK"), enumType("mood", "OK", "SAD"));
            op.execute("INSERT INTO no_such_table VALUES (1)");
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    private Runner runner(Connection c, Class<? extends Migration> type) {
        RevisionGraph graph = RevisionGraph.of(List.of(MigrationScript.of(type, null, type.getSimpleName())));
        return new Runner(c, dialect, graph, new VersionTable("autogen_version", dialect), RunListener.SILENT);
    }

    @Test
    void aValueAddedAndUsedInOneMigrationWorks() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            db.execute("CREATE TYPE mood AS ENUM ('OK')", "CREATE TABLE diary (m mood)");

            runner(c, AddAndUse.class).run(p -> p.upgrade("head"));

            assertThat(db.column("SELECT m::text FROM diary")).containsExactly("SAD");
            assertThat(db.appliedRevisions()).containsExactly("e1e1e1e1e1e1");
        }
    }

    @Test
    void aFailureAfterTheValueLeavesOnlyTheUnusedValueAndTheNextRunIsHarmless() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            db.execute("CREATE TYPE mood AS ENUM ('OK')", "CREATE TABLE diary (m mood)");

            assertThatThrownBy(() -> runner(c, AddAndFail.class).run(p -> p.upgrade("head")))
                    .isInstanceOf(AutogenException.class).hasMessageContaining("no_such_table");
            assertThat(db.appliedRevisions()).isEmpty();
            assertThat(db.column("SELECT unnest(enum_range(NULL::mood))::text")).containsExactly("OK", "SAD");

            db.execute("CREATE TABLE no_such_table (x int)");
            runner(c, AddAndFail.class).run(p -> p.upgrade("head"));
            assertThat(db.appliedRevisions()).containsExactly("e2e2e2e2e2e2");
        }
    }
}
