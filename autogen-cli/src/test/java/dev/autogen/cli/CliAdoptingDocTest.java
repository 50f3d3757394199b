package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adoption pages followed literally, step by step, on a database that schema.sql built by hand
 * (with its {@code schema_migrations} table): every {@code autogen} line of the steps run in order,
 * every {@code toml} block applied as the page says (it replaces the commented line of the same key
 * in the {@code autogen.toml} that {@code init} wrote). The history table must stay out of the
 * migrations, so a new environment never gets it.
 */
class CliAdoptingDocTest extends CliTestBase {

    @Test
    void psqlPageSectionOneAdoptsTheDatabaseWithoutItsSchemaMigrationsTable() throws Exception {
        build(db);
        TestProject project = TestProject.empty(dir);
        project.environment().put("DATABASE_URL", db.postgresqlUrl());
        project.environment().put("AUTOGEN_DATABASE_URL", db.postgresqlUrl());

        follow(project, section(page("docs/workflows/psql.md"), "## 1.", "## 2."));

        assertAdoptedWithoutHistoryTable(project, "schema.sql as of today", false);
    }

    @Test
    void adoptingPageStepsOneToFiveThenSevenAdoptAndStampAnotherEnvironment() throws Exception {
        build(db);
        TestProject project = TestProject.empty(dir);
        project.environment().put("AUTOGEN_DATABASE_URL", db.postgresqlUrl());
        String page = page("docs/adopting.md");

        follow(project, section(page, "## 1.", "## 4."));
        List<String> baseline = section(page, "## 5.", "## 6.").stream()
                .filter(line -> line.startsWith("autogen baseline --from-database")).toList();
        assertThat(baseline).hasSize(1);
        run(project, baseline.get(0));
        assertAdoptedWithoutHistoryTable(project, "schema as of today", true);

        try (TestDatabase staging = TestDatabases.create()) {
            build(staging);
            List<String> seven = new ArrayList<>();
            for (String line : section(page, "## 7.", "## 8.")) {
                seven.add(line.replaceAll("--url \\S+", "--url " + staging.postgresqlUrl()));
            }
            follow(project, seven);
            assertThat(staging.appliedRevisions()).hasSize(1);
        }
    }

    /** One baseline, stamped, that builds the tables (those of {@code reporting} too when listed) but not the history table. */
    private void assertAdoptedWithoutHistoryTable(TestProject project, String message, boolean reporting)
            throws Exception {
        List<Path> migrations;
        try (var walk = Files.walk(project.dir().resolve("src"))) {
            migrations = walk.filter(p -> p.getParent().endsWith("migrations") && p.toString().endsWith(".java"))
                    .toList();
        }
        assertThat(migrations).hasSize(1);
        String source = project.read(migrations.get(0));
        assertThat(source).contains("message = \"" + message + "\"", "op.createTable(\"interviews\"")
                .doesNotContain("schema_migrations");
        assertThat(source.contains("op.createTable(\"reporting.daily_counts\"")).isEqualTo(reporting);
        assertThat(db.appliedRevisions()).hasSize(1);
        try (TestDatabase fresh = TestDatabases.create()) {
            Result upgrade = project.run("upgrade", "head", "--url", fresh.urlWithCredentials());
            assertThat(upgrade.code()).as(upgrade.toString()).isZero();
            assertThat(fresh.tables()).contains("interviews", "interviewers").doesNotContain("schema_migrations");
        }
    }

    /** Runs the section's {@code autogen} lines and applies its {@code toml} blocks, in order. */
    private static void follow(TestProject project, List<String> section) throws Exception {
        String fence = null;
        for (String line : section) {
            if (line.startsWith("```")) {
                fence = fence == null ? line.substring(3) : null;
            } else if (fence != null && fence.isEmpty() && line.startsWith("autogen ")) {
                run(project, line);
            } else if ("toml".equals(fence) && line.contains(" = ")) {
                String key = line.substring(0, line.indexOf(" = "));
                Path toml = project.configFile();
                String text = Files.readString(toml);
                assertThat(text).as("autogen.toml has a commented %s line to replace", key).contains("# " + key + " = ");
                Files.writeString(toml, text.replaceFirst("(?m)^# " + java.util.regex.Pattern.quote(key) + " = .*$",
                        java.util.regex.Matcher.quoteReplacement(line)));
            }
        }
    }

    private static void run(TestProject project, String line) {
        int comment = line.indexOf(" #");
        String command = (comment < 0 ? line : line.substring(0, comment)).strip();
        String[] words = CliDocsCommandsTest.words(command.substring("autogen ".length()));
        Result result = project.run(words);
        assertThat(result.code()).as("%s", result).isZero();
    }

    private static String page(String relative) throws Exception {
        return Files.readString(Path.of("..").resolve(relative));
    }

    /** The lines of a page from the heading starting with {@code from} up to the one starting with {@code to}. */
    private static List<String> section(String page, String from, String to) {
        int start = page.indexOf("\n" + from);
        int end = page.indexOf("\n" + to, start + 1);
        assertThat(start).as("heading %s", from).isNotNegative();
        assertThat(end).as("heading %s", to).isPositive();
        return page.substring(start, end).lines().map(String::strip).toList();
    }

    /** The database seed 001's schema.sql built, with a second schema and the schema_migrations table. */
    private static void build(TestDatabase database) throws Exception {
        String script;
        try (InputStream in = CliAdoptingDocTest.class.getResourceAsStream("/adoption/hand_schema.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    statements.add(current.toString());
                    current.setLength(0);
                }
            }
        }
        database.execute(statements.toArray(String[]::new));
    }
}
