package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.Schema;
import java.nio.file.Files;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * Indexes that a hand-written {@code schema.sql} made, beyond a btree over columns: a baseline
 * taken from the database rebuilds each exactly, and {@code check --explain} reports one only the
 * database has with its whole definition, or not at all once excluded.
 */
class CliIndexKindsTest extends CliTestBase {

    private Schema schema() throws Exception {
        try (Connection c = db.connect()) {
            return new PostgresDialect().introspect(c, IntrospectionFilter.defaultSchemaExcept(
                    dev.autogen.schema.TableName.of("autogen_version")));
        }
    }

    @Test
    void aBaselineFromTheDatabaseRebuildsEachIndexExactly() throws Exception {
        db.execute("CREATE TABLE notes (id bigint PRIMARY KEY, owner bigint, title text, body jsonb, "
                        + "tags text[], deleted_at timestamptz)",
                "CREATE UNIQUE INDEX ux_notes_title ON notes (owner, lower(title)) WHERE deleted_at IS NULL",
                "CREATE INDEX ix_notes_body ON notes USING gin (body jsonb_path_ops)",
                "CREATE INDEX ix_notes_tags ON notes USING gin (tags)",
                "CREATE INDEX ix_notes_owner ON notes (owner) INCLUDE (title)",
                "CREATE UNIQUE INDEX ux_notes_owner_title ON notes (owner, title) NULLS NOT DISTINCT",
                "CREATE INDEX ix_notes_title_prefix ON notes (title text_pattern_ops, title COLLATE \"C\" DESC)");
        Schema handMade = schema();
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();

        Result baseline = project.run("baseline", "--from-database", "-m", "schema.sql as of today", "--url", url);

        assertThat(baseline.code()).as(baseline.toString()).isZero();
        assertThat(project.read(project.migrations().get(0)))
                .contains(".where(\"deleted_at IS NULL\")", ".using(\"gin\")", ".include(\"title\")",
                        ".nullsNotDistinct()", "\"title text_pattern_ops\", \"title COLLATE \\\"C\\\" DESC\"");
        assertThat(project.run("downgrade", "base", "--url", url).code()).isZero();
        assertThat(schema().tables()).isEmpty();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(schema()).isEqualTo(handMade);
    }

    @Test
    void anIndexOnlyTheDatabaseHasIsExplainedWithItsDefinitionUnlessExcluded() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        db.execute("CREATE UNIQUE INDEX ux_interviews_title ON interviews (lower(title)) WHERE id > 0");

        Result r = project.run("check", "--explain", "--url", url);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.outLines()).containsSequence(
                "  - drop index 'ux_interviews_title' on 'interviews' (lower(title::text)) where id > 0",
                "      index ux_interviews_title on interviews(lower(title::text)) where id > 0: no mapping asks for it; "
                        + "database has it");

        Files.writeString(project.configFile(), Files.readString(project.configFile())
                + "\n[schema]\nexclude = [\"ux_interviews_*\"]\n");
        Result excluded = project.run("check", "--url", url);
        assertThat(excluded.code()).as(excluded.toString()).isZero();
    }
}
