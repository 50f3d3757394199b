package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** Seed 001's hand-made database, adopted: a baseline migration stamped as applied, nothing run. */
class CliBaselineTest extends CliTestBase {

    private Schema schema() throws Exception {
        try (Connection c = db.connect()) {
            return new PostgresDialect().introspect(c, IntrospectionFilter.defaultSchemaExcept(
                    dev.autogen.schema.TableName.of("autogen_version")));
        }
    }

    @Test
    void aDatabaseMadeByHandIsAdoptedAndItsMigrationRebuildsItExactly() throws Exception {
        db.execute("CREATE TABLE interview_schedules (schedule_id uuid PRIMARY KEY, status text NOT NULL DEFAULT 'open')",
                "CREATE TABLE interview_events (event_id uuid PRIMARY KEY, schedule_id uuid NOT NULL "
                        + "REFERENCES interview_schedules ON DELETE CASCADE, starts_at timestamptz)",
                "CREATE INDEX ix_events_start ON interview_events (starts_at)",
                "INSERT INTO interview_schedules VALUES ('00000000-0000-0000-0000-000000000001', 'open')");
        Schema handMade = schema();
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();

        Result baseline = project.run("baseline", "--from-database", "-m", "schema.sql as of today", "--url", url);

        assertThat(baseline.code()).as(baseline.toString()).isZero();
        assertThat(project.migrations()).hasSize(1);
        assertThat(project.read(project.migrations().get(0))).contains("op.createTable(\"interview_events\"")
                .contains("message = \"schema.sql as of today\"");
        assertThat(db.appliedRevisions()).hasSize(1);
        assertThat(db.column("SELECT status FROM interview_schedules")).containsExactly("open");
        assertThat(project.run("upgrade", "head", "--url", url).out()).contains("Nothing to apply");

        assertThat(project.run("downgrade", "base", "--url", url).code()).isZero();
        assertThat(schema().tables()).isEmpty();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(schema().ignoringColumnOrder()).isEqualTo(handMade.ignoringColumnOrder());

        Result again = project.run("baseline", "--from-database", "--url", url);
        assertOneCleanError(again);
        assertThat(again.err()).contains("this project already has migrations");
    }

    @Test
    void aBaselineOfSerialTablesRecreatesTheirOwnedSequencesOnEveryReplay() throws Exception {
        db.execute("CREATE TABLE users (id bigserial PRIMARY KEY, created timestamp, note varchar(20) DEFAULT NULL)",
                "CREATE TABLE ticket (id serial PRIMARY KEY, user_id bigint REFERENCES users)",
                "INSERT INTO users (note) VALUES ('first')");
        Schema handMade = schema();
        assertThat(handMade.sequences()).extracting(q -> q.name().name() + " owned by " + q.owner())
                .containsExactly("ticket_id_seq owned by ticket.id", "users_id_seq owned by users.id");
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();

        Result baseline = project.run("baseline", "--from-database", "-m", "flyway V1", "--url", url);

        assertThat(baseline.code()).as(baseline.toString()).isZero();
        assertThat(project.read(project.migrations().get(0)))
                .contains("sequence(\"users_id_seq\", 1, 1, \"users\", \"id\")");
        assertThat(project.run("downgrade", "base", "--url", url).code()).isZero();
        assertThat(schema().tables()).isEmpty();
        assertThat(schema().sequences()).isEmpty();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(schema().ignoringColumnOrder()).isEqualTo(handMade.ignoringColumnOrder());
    }
}
