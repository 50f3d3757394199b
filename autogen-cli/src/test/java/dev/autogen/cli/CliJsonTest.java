package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --json} of check, current, history and heads; {@code history -r}; progress lines. */
class CliJsonTest extends CliTestBase {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(Result r) throws Exception {
        assertThat(r.err()).as("stderr of %s", r).isEmpty();
        return MAPPER.readTree(r.out());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> revisions(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("revision").asText()));
        return out;
    }

    /** Two migrations, "initial schema" applied and "add archived_at" not: returns their ids. */
    private String[] twoMigrationsOneApplied(TestProject project, String url) {
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        Result upgrade = project.run("upgrade", "head", "--url", url);
        assertThat(upgrade.code()).isZero();
        project.writeInterview(ARCHIVED_AT);
        project.compileEntities();
        assertThat(project.run("-m", "add archived_at", "--url", url).code()).isZero();
        return new String[] {revisionId(project.read(project.migrations().get(0))),
                revisionId(project.read(project.migrations().get(1)))};
    }

    @Test
    void checkJsonListsEachOperationWithItsKindTableSummaryAndSql() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        String initial = revisionId(project.read(project.migrations().get(0)));

        Result inSync = project.run("check", "--json");
        assertThat(inSync.code()).isZero();
        JsonNode clean = json(inSync);
        assertThat(keys(clean)).containsExactly("in_sync", "head", "operations");
        assertThat(clean.get("in_sync").asBoolean()).isTrue();
        assertThat(clean.get("head").asText()).isEqualTo(initial);
        assertThat(clean.get("operations")).isEmpty();

        project.writeInterview(ARCHIVED_AT);
        project.compileEntities();
        Result differs = project.run("check", "--json");

        assertThat(differs.code()).as("exit 1 as without --json").isEqualTo(1);
        JsonNode report = json(differs);
        assertThat(report.get("in_sync").asBoolean()).isFalse();
        JsonNode op = report.get("operations").get(0);
        assertThat(report.get("operations")).hasSize(1);
        assertThat(keys(op)).containsExactly("kind", "table", "summary", "sql");
        assertThat(op.get("kind").asText()).isEqualTo("add_column");
        assertThat(op.get("table").asText()).endsWith("interviews");
        assertThat(op.get("summary").asText()).contains("archived_at");
        assertThat(op.get("sql").get(0).asText()).startsWith("ALTER TABLE interviews ADD COLUMN archived_at");

        Result onTerminal = project.runOnTerminal("check");
        assertThat(onTerminal.code()).isEqualTo(1);
        assertThat(onTerminal.out()).as("an added column in green")
                .contains("  - \u001B[32madd column 'interviews.archived_at'");
        assertThat(differs.out()).doesNotContain("\u001B[");
    }

    @Test
    void currentHistoryAndHeadsJsonDescribeTheGraphAndTheDatabase() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        String[] ids = twoMigrationsOneApplied(project, url);

        JsonNode current = json(project.run("current", "--json", "--url", url));
        assertThat(keys(current)).containsExactly("current", "at_head");
        assertThat(current.get("at_head").asBoolean()).isFalse();
        JsonNode row = current.get("current").get(0);
        assertThat(keys(row)).containsExactly("revision", "parents", "message", "head", "applied_at", "applied_by",
                "execution_ms");
        assertThat(row.get("revision").asText()).isEqualTo(ids[0]);
        assertThat(row.get("message").asText()).isEqualTo("initial schema");
        assertThat(row.get("head").asBoolean()).isFalse();
        assertThat(row.get("parents")).isEmpty();
        assertThat(java.time.Instant.parse(row.get("applied_at").asText())).isNotNull();

        JsonNode history = json(project.run("history", "--json", "--url", url));
        assertThat(keys(history)).containsExactly("revisions");
        assertThat(revisions(history.get("revisions"))).as("newest first").containsExactly(ids[1], ids[0]);
        JsonNode newest = history.get("revisions").get(0);
        assertThat(keys(newest)).containsExactly("revision", "parents", "message", "created", "head", "applied",
                "current");
        assertThat(newest.get("parents").get(0).asText()).isEqualTo(ids[0]);
        assertThat(newest.get("head").asBoolean()).isTrue();
        assertThat(newest.get("created").asText()).isNotBlank();
        assertThat(newest.get("applied").isNull()).as("database not read").isTrue();

        JsonNode indicated = json(project.run("history", "--json", "-i", "--url", url));
        assertThat(indicated.get("revisions").get(0).get("applied").asBoolean()).isFalse();
        assertThat(indicated.get("revisions").get(1).get("applied").asBoolean()).isTrue();
        assertThat(indicated.get("revisions").get(1).get("current").asBoolean()).isTrue();

        JsonNode heads = json(project.run("heads", "--json", "--url", url));
        assertThat(keys(heads.get("heads").get(0))).containsExactly("revision", "message", "created");
        assertThat(revisions(heads.get("heads"))).containsExactly(ids[1]);
        assertThat(heads.get("heads").get(0).get("message").asText()).isEqualTo("add archived_at");

        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(json(project.run("current", "--json", "--url", url)).get("at_head").asBoolean()).isTrue();

        Result error = project.run("history", "--json", "-r", "ffffff:", "--url", url);
        assertOneCleanError(error);
        assertThat(error.err()).startsWith("error: no revision matches 'ffffff'");
        // stdout answers in JSON too, with the same line (docs/commands.md)
        assertThat(keys(MAPPER.readTree(error.out()))).containsExactly("error");
        assertThat(MAPPER.readTree(error.out()).get("error").asText())
                .isEqualTo(error.errLines().get(0).substring("error: ".length()));
    }

    @Test
    void historyRangeFollowsTheGraphAndProgressShowsEachMigrationWithItsTime() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        String[] ids = twoMigrationsOneApplied(project, url);

        assertThat(project.run("history", "-r", "current:", "--url", url).outLines())
                .containsExactly(ids[0] + " -> " + ids[1] + " (head), add archived_at",
                        "<base> -> " + ids[0] + ", initial schema");
        assertThat(project.run("history", "-r", ":" + ids[0].substring(0, 6)).outLines())
                .containsExactly("<base> -> " + ids[0] + ", initial schema");
        assertThat(project.run("history", "-r", ids[1] + ":").outLines()).hasSize(1);
        assertThat(project.run("history", "-r", "base:head", "-i", "--url", url).outLines())
                .contains("<base> -> " + ids[0] + " (current), initial schema");
        Result backwards = project.run("history", "-r", ids[1] + ":" + ids[0]);
        assertOneCleanError(backwards);
        assertThat(backwards.err()).contains("is not an ancestor of " + ids[0]);

        Result down = project.run("downgrade", "base", "--url", url);
        Result up = project.run("upgrade", "head", "--url", url);

        assertThat(down.outLines()).singleElement().asString()
                .matches("Running downgrade " + ids[0] + " -> base, initial schema \\.\\.\\. \\d+ ms");
        assertThat(up.outLines()).hasSize(2);
        assertThat(up.outLines().get(0)).matches("Running upgrade -> " + ids[0] + ", initial schema \\.\\.\\. \\d+ ms");
        assertThat(up.outLines().get(1))
                .matches("Running upgrade " + ids[0] + " -> " + ids[1] + ", add archived_at \\.\\.\\. \\d+ ms");
    }
}
