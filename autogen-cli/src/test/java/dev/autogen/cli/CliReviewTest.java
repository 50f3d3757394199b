package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * What a pull request's reviewer gets: {@code check --format markdown} with the migrations a branch
 * adds (by revision or by git), {@code show} with both directions, the same in JSON and text.
 */
class CliReviewTest extends CliTestBase {

    private static final Parser PARSER = Parser.builder().build();

    @Test
    void checkReviewsTheMigrationsABranchAdds() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        String initial = revisionId(project.read(project.migrations().get(0)));
        git(dir, "init", "-q", "-b", "main");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "initial schema");
        git(dir, "checkout", "-q", "-b", "feature");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        project.writeInterview(ARCHIVED_AT);
        project.compileEntities();
        assertThat(project.run("-m", "add archived_at", "--url", url).code()).isZero();
        String added = project.migrations().stream().map(project::read).map(CliTestBase::revisionId)
                .filter(id -> !id.equals(initial)).findFirst().orElseThrow();

        // not committed yet: git sees it as untracked, still part of the change
        Result untracked = project.run("check", "--format", "markdown", "--git-base", "main");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "add archived_at");
        Result markdown = project.run("check", "--format", "markdown", "--git-base", "main");

        for (Result r : List.of(untracked, markdown)) {
            assertThat(r.code()).as(r.toString()).isZero();
            Node doc = PARSER.parse(r.out());
            assertThat(headings(doc)).as(r.toString()).containsExactly("autogen check: entities and migrations agree",
                    "1 migration added since main", added.substring(0, 12) + " add archived_at");
            assertThat(codeBlocks(doc)).anyMatch(sql -> sql.contains("ALTER TABLE interviews ADD COLUMN archived_at"))
                    .anyMatch(sql -> sql.contains("ALTER TABLE interviews DROP COLUMN archived_at"));
        }
        assertThat(markdown.out()).isEqualTo(untracked.out());

        Result since = project.run("check", "--since", initial.substring(0, 6));
        assertThat(since.code()).as(since.toString()).isZero();
        assertThat(since.out()).contains("Migrations added since " + initial.substring(0, 6) + ": 1")
                .contains(added + "  add archived_at").contains("- add column 'interviews.archived_at'");

        JsonNode json = new ObjectMapper().readTree(project.run("check", "--json", "--since", initial).out());
        assertThat(json.get("added")).hasSize(1);
        assertThat(json.get("added").get(0).get("revision").asText()).isEqualTo(added);
        assertThat(json.get("added").get(0).get("downgrade").get(0).get("sql").get(0).asText())
                .contains("DROP COLUMN archived_at");
        assertThat(new ObjectMapper().readTree(project.run("check", "--json").out()).has("added"))
                .as("no `added` unless asked").isFalse();

        Result none = project.run("check", "--format", "markdown", "--since", added);
        assertThat(headings(PARSER.parse(none.out()))).contains("No migrations added since " + added);
    }

    @Test
    void checkInMarkdownSaysWhatANewMigrationWouldDoAndExitsOne() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        project.writeInterview(ARCHIVED_AT);
        project.compileEntities();

        Result r = project.run("check", "--format", "markdown");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        Node doc = PARSER.parse(r.out());
        assertThat(headings(doc)).containsExactly("autogen check: entities and migrations differ");
        assertThat(codeBlocks(doc)).containsExactly("ALTER TABLE interviews ADD COLUMN archived_at timestamp(6) "
                + "with time zone;\n");
    }

    @Test
    void showPrintsBothDirectionsAsTextAndMarkdown() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();

        Result text = project.run("show", "head");
        Result markdown = project.run("show", "head", "--format", "markdown");

        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains("\nUpgrade:\n  add table ").contains("\n    CREATE TABLE interviews (")
                .contains("\nDowngrade:\n  drop table ").contains("  drop table 'interviews'\n    DROP TABLE interviews;");
        assertThat(markdown.code()).as(markdown.toString()).isZero();
        assertThat(codeBlocks(PARSER.parse(markdown.out()))).hasSize(2)
                .anySatisfy(sql -> assertThat(sql).startsWith("-- downgrade\n").contains("DROP TABLE interviews;\n"));
    }

    @Test
    void contradictoryOrUnusableReviewOptionsAreOneCleanError() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();

        assertOneCleanError(project.run("check", "--json", "--format", "markdown"));
        assertOneCleanError(project.run("check", "--since", "base", "--git-base", "main"));
        assertOneCleanError(project.run("check", "--git-base", "--upload-pack=x"));
        assertOneCleanError(project.run("show", "head", "--format", "json"));
        git(dir, "init", "-q", "-b", "trunk");
        Result noSuchBranch = project.run("check", "--git-base", "main");
        assertOneCleanError(noSuchBranch);
        assertThat(noSuchBranch.err()).contains("git cannot compare with 'main'");
        Result unknown = project.run("check", "--since", "ffffff");
        assertOneCleanError(unknown);
        assertThat(unknown.err()).contains("no revision matches 'ffffff'");
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.email=dev@example.com", "-c",
                "user.name=Dev", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
    }

    private static List<String> headings(Node doc) {
        List<String> headings = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code c) {
                        text.append(c.getLiteral());
                    }
                });
                headings.add(text.toString());
            }
        });
        return headings;
    }

    private static List<String> codeBlocks(Node doc) {
        List<String> blocks = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block.getLiteral());
            }
        });
        return blocks;
    }
}
