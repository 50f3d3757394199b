package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue of {@code autogen.toml} at the library level: each bad file is one
 * {@link AutogenException} whose one-line message names the file, where, and what to write.
 */
class BadInputConfigFileTest {

    private static final String MINIMAL = """
            [entities]
            packages = ["com.acme.model"]
            [migrations]
            directory = "src/main/java/com/acme/migrations"
            package = "com.acme.migrations"
            """;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("autogen.toml");
    }

    private AutogenConfig load(String toml) throws Exception {
        Files.writeString(file(), toml);
        return AutogenConfig.load(file(), Map.of("SECRET_URL", "postgresql://u:s3cret-pw@h/d",
                "SECRET_CHOICE", "s3cret-pw", "SECRET_PACKAGE", "com.s3cret-pw"));
    }

    private String error(String toml) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(toml));
        assertThat(thrown).as("loading %s", toml).isInstanceOf(AutogenException.class);
        assertThat(thrown.getMessage()).as("one line").doesNotContain("\n").startsWith(file().toString());
        return thrown.getMessage();
    }

    @Test
    void anUnknownKeyIsAnErrorWithTheClosestKnownOne() {
        assertThat(error(MINIMAL + "[schema]\nexclud = [\"schema_migrations\"]\n"))
                .isEqualTo(file() + ", line 7: unknown key exclud in [schema]; did you mean exclude? "
                        + "[schema] takes schemas, exclude, include, strict_key_order");
        assertThat(error(MINIMAL + "packges = [\"x\"]\n")).contains("line 6", "unknown key packges in [migrations]",
                "[migrations] takes directory, package");
        assertThat(error(MINIMAL + "lockTimeout = 5\n")).contains("did you mean lock_timeout?");
        assertThat(error(MINIMAL + "frobnicate = true\n")).contains("unknown key frobnicate in [migrations]; "
                + "remove it;");
    }

    @Test
    void aKnownKeyInTheWrongSectionSaysWhereItBelongs() {
        assertThat(error(MINIMAL.replace("[entities]\n", "[entities]\nexclude = [\"x\"]\n")))
                .isEqualTo(file() + ", line 2: unknown key exclude in [entities]; it belongs in [schema]: move it there");
        assertThat(error("url = \"jdbc:postgresql://h/d\"\n" + MINIMAL))
                .isEqualTo(file() + ", line 1: url is outside any section; put it under [database]");
        assertThat(error("verbose = true\n" + MINIMAL)).contains("unknown key verbose outside any section; keys go "
                + "under [database], [entities], [migrations], [schema], [hibernate]");
    }

    @Test
    void anUnknownSectionIsAnErrorWithTheClosestKnownOne() {
        assertThat(error(MINIMAL + "[shema]\nexclude = [\"x\"]\n"))
                .isEqualTo(file() + ", line 6: unknown section [shema]; did you mean [schema]? autogen.toml has "
                        + "[database], [entities], [migrations], [schema], [hibernate]");
        assertThat(error(MINIMAL + "[flyway]\nlocations = [\"x\"]\n")).contains("unknown section [flyway]; remove it;");
        assertThat(error("schema = \"app\"\n" + MINIMAL)).contains("line 1: schema must be a section: write [schema] "
                + "on a line of its own");
    }

    @Test
    void aValueOfTheWrongKindNamesTheKeyAndWhatToWrite() {
        var soft = new SoftAssertions();
        soft.assertThat(error(MINIMAL.replace("[\"com.acme.model\"]", "\"com.acme.model\"")))
                .isEqualTo(file() + ", line 2: [entities] packages must be a list of strings, not a string; "
                        + "write e.g. packages = [\"com.acme.model\"]");
        soft.assertThat(error(MINIMAL.replace("[\"com.acme.model\"]", "[1]"))).contains("not a list holding a number");
        soft.assertThat(error(MINIMAL + "lock_timeout = \"60\"\n")).contains("[migrations] lock_timeout must be a "
                + "whole number of seconds, 0 or more, not a string; write e.g. lock_timeout = 60");
        soft.assertThat(error(MINIMAL + "lock_timeout = -5\n")).contains("not a negative number");
        soft.assertThat(error(MINIMAL + "lock_timeout = 1.5\n")).contains("not a decimal number");
        soft.assertThat(error(MINIMAL + "lock_timeout = 99999999999\n")).contains("not a number that large");
        soft.assertThat(error(MINIMAL + "version_table = 2024-01-01\n")).contains("must be a string, not a date");
        soft.assertThat(error(MINIMAL + "[schema]\nschemas = \"billing\"\n")).contains("[schema] schemas must be a "
                + "list of strings");
        soft.assertThat(error(MINIMAL + "[schema.exclude]\nx = 1\n")).contains("[schema] exclude must be a list of "
                + "strings, not a table");
        soft.assertAll();
    }

    @Test
    void aValueOfTheWrongKindIsNeverEchoed() {
        String message = error("[database]\nurl = [\"postgresql://u:s3cret-pw@h/d\"]\n" + MINIMAL);
        assertThat(message).contains("[database] url must be a string, not a list").doesNotContain("s3cret");
        assertThat(error("[database]\nurl = \"${SECRET_URL}\"\nbogus = 1\n" + MINIMAL)).doesNotContain("s3cret");
    }

    @Test
    void aValueFromTheEnvironmentIsShownAsWrittenNotAsExpanded() {
        assertThat(error(MINIMAL.replace("\"com.acme.migrations\"", "\"${SECRET_PACKAGE}\"")))
                .contains("[migrations] package = \"${SECRET_PACKAGE}\" is not a Java package name")
                .doesNotContain("s3cret");
        assertThat(error(MINIMAL.replace("[\"com.acme.model\"]", "[\"${SECRET_PACKAGE}\"]")))
                .contains("holds \"${SECRET_PACKAGE}\"").doesNotContain("s3cret");
        assertThat(error("[database]\ndev_database = \"${SECRET_CHOICE}\"\n" + MINIMAL))
                .contains("dev_database = \"${SECRET_CHOICE}\" is unknown").doesNotContain("s3cret");
        assertThat(error(MINIMAL.replace("[migrations]", "naming = \"${SECRET_CHOICE}\"\n[migrations]")))
                .doesNotContain("s3cret");
    }

    @Test
    void choicesAreCheckedWithTheClosestValue() throws Exception {
        assertThat(error(MINIMAL.replace("[migrations]", "naming = \"sprng\"\n[migrations]")))
                .contains("line 3: [entities] naming = \"sprng\" is unknown; did you mean \"spring\"? use one of "
                        + "\"hibernate\", \"spring\"");
        assertThat(error(MINIMAL.replace("[migrations]", "constraint_names = \"pretty\"\n[migrations]")))
                .contains("use one of \"hibernate\", \"readable\"");
        assertThat(load(MINIMAL.replace("[migrations]", "constraint_names = \"Readable\"\n[migrations]"))
                .readableConstraintNames()).isTrue();
        assertThat(error("[database]\ndev_database = \"embeded\"\n" + MINIMAL))
                .contains("[database] dev_database = \"embeded\" is unknown; did you mean \"embedded\"?");
        assertThat(error("[database]\ndev_database = \"testcontainers:Postgres 17\"\n" + MINIMAL))
                .contains("does not name a Docker image");
        assertThat(load("[database]\ndev_database = \"testcontainers:postgis/postgis:17-3.5\"\n" + MINIMAL)
                .devDatabase().image()).isEqualTo("postgis/postgis:17-3.5");
    }

    @Test
    void packageNamesAreJavaPackageNames() {
        for (String bad : new String[] {"com..acme", ".com.acme", "com.acme.", "com.acme.new", "com.1acme", "com acme",
                ""}) {
            assertThat(error(MINIMAL.replace("package = \"com.acme.migrations\"", "package = \"" + bad + "\"")))
                    .as(bad).contains("[migrations] package", bad.isEmpty() ? "is missing" : "is not a Java package");
        }
        assertThat(error(MINIMAL.replace("[\"com.acme.model\"]", "[\"com.acme.*\"]")))
                .contains("[entities] packages holds \"com.acme.*\", which is not a Java package name", "no \".*\"");
    }

    @Test
    void theMigrationsDirectoryIsADirectoryInsideTheProject() throws Exception {
        assertThat(error(MINIMAL.replace("\"src/main/java/com/acme/migrations\"", "\"../elsewhere\"")))
                .contains("[migrations] directory = \"../elsewhere\" is outside the project");
        assertThat(error(MINIMAL.replace("\"src/main/java/com/acme/migrations\"", "\"/tmp\""))).contains("outside");
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(error(MINIMAL.replace("\"src/main/java/com/acme/migrations\"", "\"notes.txt\"")))
                .contains("= \"notes.txt\" is a file, not a directory");
        assertThat(load(MINIMAL.replace("\"src/main/java/com/acme/migrations\"", "\"db/../migrations\""))
                .migrationsDirectory()).isEqualTo(dir.resolve("migrations"));
    }

    @Test
    void theVersionTableIsATableName() throws Exception {
        for (String bad : new String[] {"", "my table", "a.b.c", "app.", "\\\"x\\\"", "1st", "x;drop"}) {
            assertThat(error(MINIMAL + "version_table = \"" + bad + "\"\n")).as(bad)
                    .contains("[migrations] version_table", "is not a table name");
        }
        assertThat(load(MINIMAL + "version_table = \"ops.schema_version\"\n").versionTable())
                .isEqualTo("ops.schema_version");
    }

    @Test
    void patternsAreGlobsAndEntriesAreNotBlank() {
        assertThat(error(MINIMAL + "[schema]\nexclude = [\"legacy_%\"]\n")).contains("[schema] exclude holds "
                + "\"legacy_%\"", "they are globs: * for any characters");
        assertThat(error(MINIMAL + "[schema]\ninclude = [\"a.b.c\"]\n")).contains("a pattern is NAME or SCHEMA.NAME");
        assertThat(error(MINIMAL.replace("[migrations]", "classpath = [\"\"]\n[migrations]")))
                .contains("[entities] classpath holds an empty string");
    }

    @Test
    void schemasAreNamesNotPatternsAndTheFileIsAFile() throws Exception {
        for (String bad : new String[] {"legacy_*", "app.billing", "\\\"Billing\\\""}) {
            assertThat(error(MINIMAL + "[schema]\nschemas = [\"" + bad + "\"]\n")).as(bad)
                    .contains("[schema] schemas holds", "which is not a schema name");
        }
        Files.createDirectories(dir.resolve("conf"));
        assertThatThrownBy(() -> AutogenConfig.load(dir.resolve("conf"), Map.of()))
                .hasMessage(dir.resolve("conf") + " is a directory; pass --config FILE naming the file itself, "
                        + "or -C DIR to run in that directory");
        assertThat(error(MINIMAL.replace("packages", "Packages"))).contains("did you mean packages?");
        assertThat(error(MINIMAL + "lock-timeout = 5\n")).contains("did you mean lock_timeout?");
        assertThat(error("[[migrations]]\ndirectory = \"m\"\n")).contains("migrations must be a section");
    }

    @Test
    void brokenTomlNamesTheLineAndColumn() {
        assertThat(error(MINIMAL + "lock_timeout = = 2\n")).startsWith(file() + ", line 6, column 16: not valid TOML "
                + "(unknown token); fix it there");
        assertThat(error(MINIMAL + "version_table = \"x\n")).contains(", line 6, column ", "not valid TOML");
        assertThat(error(MINIMAL + "package = \"again\"\n"))
                .isEqualTo(file() + ", line 6: [migrations] package is given twice; keep one of them");
        assertThat(error(MINIMAL + "[entities]\nnaming = \"spring\"\n")).contains("line 6", "each [section] may appear "
                + "only once; merge them");
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAndABomIsFine() throws Exception {
        byte[] latin1 = ("# caf\u00e9\n" + MINIMAL).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), latin1);
        assertThatThrownBy(() -> AutogenConfig.load(file(), Map.of()))
                .hasMessage(file() + " is not UTF-8 text; save it as UTF-8");
        assertThat(load("\uFEFF" + MINIMAL).migrationsPackage()).isEqualTo("com.acme.migrations");
    }

    @Test
    void hibernatePropertiesWrittenBareAreReadAsTheirDottedName() throws Exception {
        AutogenConfig config = load(MINIMAL + """
                [hibernate]
                hibernate.default_schema = "app"
                "hibernate.jdbc.batch_size" = 20
                "hibernate.globally_quoted_identifiers" = true
                """);
        assertThat(config.hibernateProperties()).isEqualTo(Map.of("hibernate.default_schema", "app",
                "hibernate.globally_quoted_identifiers", "true", "hibernate.jdbc.batch_size", "20"));
        assertThat(error(MINIMAL + "[hibernate]\n\"hibernate.default_schema\" = [\"a\", \"b\"]\n"))
                .contains("line 7: [hibernate] \"hibernate.default_schema\" must be a string, a number or true/false, "
                        + "not a list");
    }
}
