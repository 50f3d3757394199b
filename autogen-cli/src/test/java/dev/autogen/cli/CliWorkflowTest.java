package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in-process through {@link Main#run}, on real PostgreSQL: the verbs at work. */
class CliWorkflowTest extends CliTestBase {

    @Test
    void initWritesACommentedConfigAndTheMigrationsDirectoryAndRefusesToOverwrite() throws Exception {
        TestProject project = TestProject.empty(dir);

        Result first = project.run("init", "--entities", "com.acme.model", "--migrations", "com.acme.migrations");

        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        Path config = project.configFile();
        String text = Files.readString(config);
        assertThat(text).contains("[database]", "url = ", "[entities]", "packages = [\"com.acme.model\"]",
                "classpath = [\"target/classes\"]", "[migrations]",
                "directory = \"src/main/java/com/acme/migrations\"", "package = \"com.acme.migrations\"",
                "version_table = \"autogen_version\"", "[hibernate]", "hibernate.physical_naming_strategy");
        assertThat(text).doesNotContain("{{");
        assertThat(text.lines().filter(l -> l.startsWith("#")).count()).isGreaterThan(10);
        assertThat(project.resolve(TestProject.MIGRATIONS_DIRECTORY)).isDirectory();
        assertThat(first.out()).contains("autogen.toml");
        // What init wrote is a configuration the other verbs accept.
        Result history = project.run("history");
        assertThat(history.code()).isZero();
        assertThat(history.out()).isEmpty();

        Result second = project.run("init", "--entities", "org.other", "--migrations", "org.other.migrations");

        assertThat(second.code()).isEqualTo(2);
        assertThat(second.errorLines()).singleElement().asString().contains("already exists");
        assertThat(Files.readString(config)).isEqualTo(text);
        assertThat(project.resolve("src/main/java/org")).doesNotExist();
    }

    // ---------------------------------------------------------------- autogenerate and the revision verbs

    @Test
    void autogenerateUpgradeDowngradeAndTheReadingVerbsAgainstALiveDatabase() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();

        Result initial = project.run("-m", "initial schema", "--url", url);

        assertThat(initial.code()).isZero();
        assertThat(project.migrations()).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).matches("M\\w*_initial_schema\\.java"));
        Path first = project.migrations().get(0);
        String firstText = project.read(first);
        assertThat(section(firstText, "upgrade")).contains("op.createTable(\"interviews\"",
                "op.createTable(\"candidates\"").doesNotContain("op.dropTable(");
        assertThat(section(firstText, "downgrade")).contains("op.dropTable(").doesNotContain("op.createTable(");
        assertThat(initial.out()).contains("Generating", first.getFileName().toString());
        String firstId = revisionId(firstText);
        assertThat(db.tables()).as("autogenerate must not change the database").doesNotContain("interviews");

        Result notAtHead = project.run("-m", "too early", "--url", url);

        assertThat(notAtHead.code()).isEqualTo(2);
        assertThat(notAtHead.errorLines()).singleElement().asString().contains("autogen upgrade head");
        assertThat(project.migrations()).hasSize(1);

        Result upgrade = project.run("upgrade", "head", "--url", url);

        assertThat(upgrade.code()).isZero();
        assertThat(upgrade.out()).contains(firstId);
        assertThat(db.tables()).contains("interviews", "candidates", "autogen_version");
        assertThat(db.appliedRevisions()).containsExactly(firstId);
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'candidates' "
                + "ORDER BY column_name")).containsExactly("full_name", "id");

        Result again = project.run("-m", "again", "--url", url);

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("No changes detected");
        assertThat(project.migrations()).hasSize(1);

        project.writeInterview(ARCHIVED_AT);
        project.compileEntities();
        Result addColumn = project.run("-m", "add archived_at", "--url", url);

        assertThat(addColumn.code()).isZero();
        assertThat(project.migrations()).hasSize(2);
        Path second = project.migrations().stream().filter(p -> !p.equals(first)).findFirst().orElseThrow();
        assertThat(second.getFileName().toString()).matches("M\\w*_add_archived_at\\.java");
        String secondText = project.read(second);
        String secondId = revisionId(secondText);
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(section(secondText, "upgrade")).contains("op.addColumn(\"interviews\", column(\"archived_at\"");
        assertThat(section(secondText, "downgrade")).contains("op.dropColumn(\"interviews\", column(\"archived_at\"");
        assertThat(secondText).containsPattern("parents = \"" + firstId + "\"");
        assertThat(javadoc(secondText)).contains("add archived_at", "Revision: " + secondId,
                "Parent: " + firstId, "Created: ");
        assertThat(javadoc(firstText)).contains("initial schema", "Revision: " + firstId, "Parent: none");

        Result plusOne = project.run("upgrade", "+1", "--url", url);
        assertThat(plusOne.code()).isZero();
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'interviews'"))
                .contains("archived_at");

        Result current = project.run("current", "--url", url);
        assertThat(current.code()).isZero();
        assertThat(current.outLines()).singleElement().asString().startsWith(secondId + " (head)")
                .contains("add archived_at");

        Result history = project.run("history");
        assertThat(history.code()).isZero();
        assertThat(history.outLines()).hasSize(2);
        assertThat(history.outLines().get(0)).contains(firstId + " -> " + secondId + " (head)", "add archived_at");
        assertThat(history.outLines().get(1)).contains("<base> -> " + firstId, "initial schema")
                .doesNotContain("(head)");

        Result heads = project.run("heads");
        assertThat(heads.code()).isZero();
        assertThat(heads.outLines()).singleElement().asString().startsWith(secondId + " (head)");

        Result downOne = project.run("downgrade", "-1", "--url", url);
        assertThat(downOne.code()).isZero();
        Result afterDownOne = project.run("current", "--url", url);
        assertThat(afterDownOne.outLines()).singleElement().asString().startsWith(firstId + ",")
                .doesNotContain("(head)");
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'interviews'"))
                .doesNotContain("archived_at");

        Result downBase = project.run("downgrade", "base", "--url", url);
        assertThat(downBase.code()).isZero();
        Result afterBase = project.run("current", "--url", url);
        assertThat(afterBase.code()).isZero();
        assertThat(afterBase.outLines()).containsExactly("base");
        assertThat(db.tables()).doesNotContain("interviews", "candidates");
        assertThat(db.appliedRevisions()).isEmpty();
    }

    @Test
    void aPostgresqlUrlInAutogenDatabaseUrlReachesTheSameDatabase() throws Exception {
        assumeTrue(TestDatabases.embedded(), "needs the embedded server, whose credentials are known");
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", db.urlWithCredentials()).code()).isZero();
        String id = revisionId(project.read(project.migrations().get(0)));
        project.environment().put("AUTOGEN_DATABASE_URL", db.postgresqlUrl());

        Result before = project.run("current");
        assertThat(before.code()).isZero();
        assertThat(before.outLines()).containsExactly("base");

        assertThat(project.run("upgrade", "head").code()).isZero();
        assertThat(db.appliedRevisions()).containsExactly(id);

        Result after = project.run("current");
        assertThat(after.code()).isZero();
        assertThat(after.outLines()).singleElement().asString().startsWith(id + " (head)");
        assertThat(after.out() + after.err()).doesNotContain("postgres:postgres@");
    }

    @Test
    void urlPrecedenceIsFlagThenEnvironmentThenFile() throws Exception {
        TestProject project = TestProject.standard(dir, "jdbc:postgresql://127.0.0.1:1/from_file");
        project.environment().put("AUTOGEN_DATABASE_URL", db.urlWithCredentials());

        Result fromEnv = project.run("current");
        assertThat(fromEnv.code()).as("the environment beats the file").isZero();
        assertThat(fromEnv.outLines()).containsExactly("base");

        project.environment().put("AUTOGEN_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/from_env");
        Result fromFlag = project.run("current", "--url", db.urlWithCredentials());
        assertThat(fromFlag.code()).as("--url beats the environment").isZero();

        Result envOnly = project.run("current");
        assertThat(envOnly.code()).isEqualTo(2);
        assertThat(envOnly.err()).contains("127.0.0.1:1");
    }

    // ---------------------------------------------------------------- check

    @Test
    void checkReplaysTheMigrationsIntoAThrowawayDatabase() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema").code()).isZero();
        assertThat(project.migrations()).hasSize(1);

        Result inSync = project.run("check");
        assertThat(inSync.code()).isZero();
        assertThat(inSync.out()).contains("No changes detected");

        project.writeInterview(ARCHIVED_AT);
        project.compileEntities();
        List<String> before = project.files();
        Result differs = project.run("check");
        assertThat(differs.code()).isEqualTo(1);
        assertThat(differs.outLines()).anySatisfy(line -> assertThat(line).contains("add column")
                .contains("archived_at"));
        assertThat(differs.err()).isEmpty();
        assertThat(project.files()).as("check writes nothing").isEqualTo(before);
        assertThat(project.resolve(".autogen/pgdata")).as("no persistent database for check").doesNotExist();

        Files.delete(project.configFile());
        Result noConfig = project.run("check");
        assertThat(noConfig.code()).isEqualTo(2);
        assertThat(noConfig.errorLines()).singleElement().asString().contains("autogen.toml");
    }

    // ---------------------------------------------------------------- hand-written migrations

    @Test
    void anEmptyRevisionEditedByHandRunsSqlAndJdbcInItsTransaction() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        String firstId = revisionId(project.read(project.migrations().get(0)));

        Result revision = project.run("revision", "-m", "backfill", "--url", url);

        assertThat(revision.code()).isZero();
        assertThat(project.migrations()).hasSize(2);
        Path backfill = project.migrations().stream().filter(p -> p.toString().endsWith("_backfill.java"))
                .findFirst().orElseThrow();
        String text = project.read(backfill);
        assertThat(section(text, "upgrade")).doesNotContainPattern("(?m)^\\s+op\\.");
        assertThat(text).contains("parents = \"" + firstId + "\"");
        String edited = text.replaceFirst("(public void upgrade\\(Op op\\)[^{]*\\{)", Matcher.quoteReplacement("""
                public void upgrade(Op op) throws Exception {
                        op.execute("INSERT INTO candidates (full_name) VALUES ('Ada Lovelace')");
                        try (var insert = op.connection().prepareStatement(
                                "INSERT INTO candidates (full_name) VALUES (?)")) {
                            for (String name : new String[] {"Grace Hopper", "Edsger Dijkstra"}) {
                                insert.setString(1, name);
                                insert.addBatch();
                            }
                            insert.executeBatch();
                        }
                """));
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(backfill, edited);
        String backfillId = revisionId(edited);

        Result upgrade = project.run("upgrade", "head", "--url", url);

        assertThat(upgrade.code()).isZero();
        assertThat(db.column("SELECT full_name FROM candidates ORDER BY id"))
                .containsExactly("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
        assertThat(db.appliedRevisions()).containsExactlyInAnyOrder(firstId, backfillId);
    }

    @Test
    void aFailingMigrationLeavesSchemaAndVersionTableAsTheyWere() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        String firstId = revisionId(project.read(project.migrations().get(0)));
        assertThat(project.run("revision", "-m", "broken", "--url", url).code()).isZero();
        Path broken = project.migrations().stream().filter(p -> p.toString().endsWith("_broken.java"))
                .findFirst().orElseThrow();
        Files.writeString(broken, project.read(broken).replaceFirst("(public void upgrade\\(Op op\\)[^{]*\\{)",
                Matcher.quoteReplacement("""
                        public void upgrade(Op op) throws Exception {
                                op.execute("CREATE TABLE half_done (id integer)");
                                op.execute("INSERT INTO candidates (full_name) VALUES ('kept?')");
                                op.execute("INSERT INTO no_such_table VALUES (1)");
                        """)));
        List<String> tablesBefore = db.tables();

        Result upgrade = project.run("upgrade", "head", "--url", url);

        assertThat(upgrade.code()).isEqualTo(2);
        assertThat(upgrade.errorLines()).singleElement().asString().contains("INSERT INTO no_such_table VALUES (1)");
        assertThat(upgrade.err()).doesNotContain("at dev.autogen");
        assertThat(db.tables()).isEqualTo(tablesBefore).doesNotContain("half_done");
        assertThat(db.appliedRevisions()).containsExactly(firstId);
        assertThat(db.column("SELECT count(*) FROM candidates")).containsExactly("0");
        Result current = project.run("current", "--url", url);
        assertThat(current.outLines()).singleElement().asString().startsWith(firstId + ",");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void directoryAndConfigOptionsAndEnvironmentExpansion() throws Exception {
        Path app = dir.resolve("app");
        TestProject project = TestProject.standard(app, "${APP_DB}");
        TestProject outside = TestProject.empty(dir);
        outside.environment().put("APP_DB", db.urlWithCredentials());

        Result before = outside.run("-C", "app", "current");
        assertThat(before.code()).isZero();
        assertThat(before.outLines()).containsExactly("base");
        Result after = outside.run("current", "-C", "app");
        assertThat(after.code()).isZero();

        Result config = outside.run("--config", "app/autogen.toml", "-m", "initial schema");
        assertThat(config.code()).isZero();
        assertThat(project.migrations()).hasSize(1);
        assertThat(outside.resolve(TestProject.MIGRATIONS_DIRECTORY)).doesNotExist();

        Result unset = project.run("current");
        assertOneCleanError(unset);
        assertThat(unset.err()).contains("APP_DB");
    }

    // ---------------------------------------------------------------- persistent embedded

    @Test
    void withNoUrlAnywhereUpgradeKeepsItsStateUnderDotAutogen() {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema").code()).isZero();
        String id = revisionId(project.read(project.migrations().get(0)));

        Result upgrade = project.run("upgrade", "head");
        assertThat(upgrade.code()).isZero();
        assertThat(project.resolve(".autogen/pgdata/PG_VERSION")).exists();

        Result current = project.run("current");
        assertThat(current.code()).isZero();
        assertThat(current.outLines()).singleElement().asString().startsWith(id + " (head)");

        Result noop = project.run("upgrade", "head");
        assertThat(noop.code()).isZero();
        assertThat(noop.out()).contains("Nothing to apply to embedded PostgreSQL in");
    }
}
