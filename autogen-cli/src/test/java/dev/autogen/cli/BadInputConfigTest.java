package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue of {@code autogen.toml}: each bad file stops every verb with exit 2 and
 * one line naming the file, the key and what to write, before anything is written or created.
 * ({@code init}'s inputs are in {@link BadInputInitTest}.)
 */
class BadInputConfigTest extends CliTestBase {

    private static final String SECRET = "s3cret-pw";

    /** Writes the standard project's configuration changed by {@code edit}, runs {@code -m} and asserts the refusal. */
    private Result rejects(TestProject project, UnaryOperator<String> edit, String... fragments) throws Exception {
        project.writeConfig(null);
        project.write("autogen.toml", edit.apply(project.read(project.configFile())));
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).as("%s", r).contains(project.configFile().toString()).contains(fragments);
        assertThat(r.out() + r.err()).doesNotContain(SECRET);
        assertThat(project.files()).isEqualTo(before);
        assertThat(project.migrations()).isEmpty();
        assertThat(db.tables()).doesNotContain("autogen_version");
        return r;
    }

    private static UnaryOperator<String> append(String text) {
        return config -> config + text;
    }

    private static UnaryOperator<String> replace(String from, String to) {
        return config -> {
            assertThat(config).contains(from);
            return config.replace(from, to);
        };
    }

    @Test
    void unknownKeysAndSectionsAreErrorsWithTheClosestKnownName() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        rejects(project, append("\n[schema]\nexclud = [\"interviews\"]\n"),
                "unknown key exclud in [schema]; did you mean exclude?");
        rejects(project, append("\n[shema]\nexclude = [\"interviews\"]\n"),
                "unknown section [shema]; did you mean [schema]?");
        rejects(project, replace("[entities]\n", "[entities]\nversion_table = \"v\"\n"),
                "unknown key version_table in [entities]; it belongs in [migrations]");
        rejects(project, config -> "url = \"jdbc:postgresql://db/app\"\n" + config,
                "line 1: url is outside any section; put it under [database]");
    }

    @Test
    void valuesOfTheWrongKindNameTheKeyAndTheKindExpected() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        rejects(project, replace("packages = [\"com.acme.model\"]", "packages = \"com.acme.model\""),
                "[entities] packages must be a list of strings, not a string; write e.g. packages = [\"com.acme.model\"]");
        rejects(project, replace("[migrations]\n", "[migrations]\nlock_timeout = -5\n"),
                "[migrations] lock_timeout must be a whole number of seconds, 0 or more, not a negative number");
        rejects(project, replace("[migrations]\n", "[migrations]\nconcurrent_indexes = \"yes\"\n"),
                "[migrations] concurrent_indexes must be true or false, not a string");
        rejects(project, replace("# no url: the embedded PostgreSQL\n", "url = [\"postgresql://app:" + SECRET
                + "@db/app\"]\n"), "[database] url must be a string, not a list");
    }

    @Test
    void unknownChoicesAreErrorsWithTheClosestValue() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        rejects(project, replace("[migrations]\n", "naming = \"sprng\"\n\n[migrations]\n"),
                "[entities] naming = \"sprng\" is unknown; did you mean \"spring\"?");
        rejects(project, replace("# no url: the embedded PostgreSQL\n", "dev_database = \"docker:postgres:17\"\n"),
                "[database] dev_database = \"docker:postgres:17\" is unknown", "\"testcontainers:postgres:17\"");
        rejects(project, replace("[hibernate]\n", "[schema]\nexclude = [\"legacy_%\"]\n\n[hibernate]\n"),
                "[schema] exclude holds \"legacy_%\"", "globs");
    }

    @Test
    void theMigrationsPackageDirectoryAndVersionTableAreChecked() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        rejects(project, replace("package = \"com.acme.migrations\"", "package = \"com..acme\""),
                "[migrations] package = \"com..acme\" is not a Java package name");
        rejects(project, replace("package = \"com.acme.migrations\"", "package = \"com.acme.default\""),
                "is not a Java package name");
        rejects(project, replace("\"src/main/java/com/acme/migrations\"", "\"../shared/migrations\""),
                "[migrations] directory = \"../shared/migrations\" is outside the project");
        project.write("MIGRATIONS.md", "notes");
        rejects(project, replace("\"src/main/java/com/acme/migrations\"", "\"MIGRATIONS.md\""),
                "is a file, not a directory");
        rejects(project, replace("[migrations]\n", "[migrations]\nversion_table = \"schema migrations\"\n"),
                "[migrations] version_table = \"schema migrations\" is not a table name");
        rejects(project, replace("[migrations]\n", "[migrations]\nversion_table = \"" + "v".repeat(64) + "\"\n"),
                "has a name of 64 bytes; the database keeps only 63");
    }

    @Test
    void brokenTomlNamesTheLineAndColumn() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        rejects(project, replace("package = \"com.acme.migrations\"", "package = com.acme.migrations"),
                ", line 10, column 11: not valid TOML", "strings in \"quotes\"");
        rejects(project, append("\"hibernate.physical_naming_strategy\" = \"x\"\n"),
                "[hibernate] hibernate.physical_naming_strategy is given twice; keep one");
        rejects(project, replace("[migrations]\n", "[migrations]\npackage = \"x.y\"\n"),
                "[migrations] package is given twice; keep one");
        rejects(project, append("\n[entities]\nnaming = \"spring\"\n"), ", line ", "may appear only once");
    }

    @Test
    void schemasAreNamesAndConfigNamesAFile() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        rejects(project, replace("[hibernate]\n", "[schema]\nschemas = [\"billing.*\"]\n\n[hibernate]\n"),
                "[schema] schemas holds \"billing.*\", which is not a schema name");
        project.writeConfig(null);
        List<String> before = project.files();

        Result r = project.run("check", "--config", "src", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains(project.resolve("src") + " is a directory; pass --config FILE naming the file");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void aMigrationsPackageThatIsNotItsDirectoryIsAWarning() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.write("autogen.toml", project.read(project.configFile())
                .replace("package = \"com.acme.migrations\"", "package = \"com.acme.migration\""));

        Result r = project.run("current", "--url", db.urlWithCredentials());

        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.errLines()).containsExactly("warning: " + project.configFile() + ": [migrations] package = "
                + "\"com.acme.migration\" is not the package of directory src/main/java/com/acme/migrations "
                + "(com.acme.migrations); make them agree, so that the classes are where the build and readers "
                + "expect them");
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String latin1 = "# caf\u00e9\n" + project.read(project.configFile());
        Files.write(project.configFile(), latin1.getBytes(StandardCharsets.ISO_8859_1));
        List<String> before = project.files();

        Result r = project.run("upgrade", "head", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains(project.configFile() + " is not UTF-8 text; save it as UTF-8");
        assertThat(project.files()).isEqualTo(before);
        assertThat(db.tables()).doesNotContain("autogen_version");
    }

    @Test
    void noSecretAndOneErrorLineAlsoWithVerbose() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.environment().put("DB_URL", "postgresql://app:" + SECRET + "@db/app");
        rejects(project, replace("# no url: the embedded PostgreSQL\n", "url = \"${DB_URL}\"\nurll = \"${DB_URL}\"\n"),
                "unknown key urll in [database]; did you mean url?");

        Result verbose = project.run("current", "--verbose");

        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.errorLines()).hasSize(1);
        assertThat(verbose.err()).contains("at dev.autogen");
        assertThat(verbose.out() + verbose.err()).doesNotContain(SECRET);
    }

    @Test
    void unknownHibernateKeysAreOneWarningLineAndTheRunGoesOn() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.write("autogen.toml", project.read(project.configFile())
                + "\"hibernate.defualt_schema\" = \"public\"\ndefault_schema = \"public\"\n"
                + "\"hibernate.connection.application_name\" = \"autogen\"\n");

        Result r = project.run("current", "--url", db.urlWithCredentials());

        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.errorLines()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "warning: " + project.configFile() + ": [hibernate] \"default_schema\" is not a Hibernate or JPA "
                        + "setting, so Hibernate ignores it; did you mean \"hibernate.default_schema\"?",
                "warning: " + project.configFile() + ": [hibernate] \"hibernate.defualt_schema\" is not a Hibernate "
                        + "or JPA setting, so Hibernate ignores it; did you mean \"hibernate.default_schema\"?");
        Result check = project.run("check", "--url", db.urlWithCredentials());
        assertThat(check.errLines()).filteredOn(line -> line.startsWith("warning:")).hasSize(2);
    }
}
