package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --sql}: the exact SQL a DBA runs with psql gives the same schema and version table as upgrade. */
class CliOfflineSqlTest extends CliTestBase {

    private TestProject twoMigrations(String url) throws Exception {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        project.writeInterview("    @Column(name = \"archived_at\")\n    private java.time.Instant archivedAt;\n");
        project.compileEntities();
        assertThat(project.run("-m", "add archived_at", "--url", url).code()).isZero();
        return project;
    }

    private static Schema schema(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return new PostgresDialect().introspect(c, IntrospectionFilter.defaultSchemaExcept());
        }
    }

    private static void psql(TestDatabase db, String script) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(script);
        }
    }

    @Test
    void theSqlOfAnUpgradeDoesWhatUpgradeDoes() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = twoMigrations(url);
        Result offline = project.run("upgrade", "--sql");
        assertThat(offline.code()).as(offline.toString()).isZero();
        assertThat(offline.out()).contains("CREATE TABLE IF NOT EXISTS autogen_version").contains("BEGIN;")
                .contains("ALTER TABLE interviews ADD COLUMN archived_at timestamp(6) with time zone;")
                .contains("INSERT INTO autogen_version").contains("COMMIT;");

        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        try (TestDatabase other = TestDatabases.create()) {
            psql(other, offline.out());

            assertThat(schema(other)).isEqualTo(schema(db));
            String rows = "SELECT revision || parents || message || coalesce(checksum, '') FROM autogen_version ORDER BY 1";
            assertThat(other.column(rows)).isEqualTo(db.column(rows)).hasSize(2);
        }
    }

    @Test
    void theSqlOfADowngradeStartsWhereItIsToldAndUndoesIt() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = twoMigrations(url);
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();

        Result offline = project.run("downgrade", "head:base", "--sql");

        assertThat(offline.code()).as(offline.toString()).isZero();
        psql(db, offline.out());
        assertThat(db.tables()).containsExactly("autogen_version");
        assertThat(db.appliedRevisions()).isEmpty();
        assertOneCleanError(project.run("downgrade", "base", "--sql"));
    }

    @Test
    void aMigrationThatRunsJdbcCannotBeWrittenAsSql() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("revision", "-m", "jdbc", "--url", url).code()).isZero();
        Path file = project.migrations().get(0);
        project.write(project.dir().relativize(file).toString(), project.read(file).replaceFirst(
                "(public void upgrade\\(Op op\\)[^{]*\\{)", "$1\n        op.connection().createStatement().execute(\"SELECT 1\");\n"));

        Result r = project.run("upgrade", "--sql");

        assertOneCleanError(r);
        assertThat(r.err()).contains("runs JDBC code through op.connection(), which cannot be written as SQL");
        assertThat(List.of(r.out())).allMatch(out -> !out.contains("COMMIT"));
    }
}
