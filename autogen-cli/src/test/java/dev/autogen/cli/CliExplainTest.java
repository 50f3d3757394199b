package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import org.junit.jupiter.api.Test;

/** {@code --explain}: each difference names the annotation and attribute behind the entity side. */
class CliExplainTest extends CliTestBase {

    @Test
    void checkExplainsATypeAndANotNullByTheirAnnotations() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        project.writeInterview("    @Column(length = 80)\n    private String venue;\n");
        project.compileEntities();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        project.writeInterview("    @jakarta.validation.constraints.NotNull\n    @Column(length = 120)\n"
                + "    private String venue;\n");
        project.compileEntities();

        Result r = project.run("check", "--explain", "--url", url);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.outLines()).containsSequence(
                "  - alter column 'interviews.venue', type character varying(80) -> character varying(120), now NOT NULL",
                "      interviews.venue: entity wants character varying(120) (@Column(length = 120) on Interview.venue); "
                        + "database has character varying(80)",
                "      interviews.venue: entity wants NOT NULL (@NotNull on Interview.venue); database allows NULL");
    }

    @Test
    void autogenerateExplainsANewTableByItsEntityAndCheckWithoutTheFlagDoesNot() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();

        Result plain = project.run("check", "--url", url);
        Result explained = project.run("-m", "initial schema", "--explain", "--url", url);

        assertThat(plain.code()).as(plain.toString()).isEqualTo(1);
        assertThat(plain.out()).contains("  - add table 'interviews'").doesNotContain("entity wants");
        assertThat(explained.code()).as(explained.toString()).isZero();
        assertThat(explained.outLines()).containsSequence("Detected add table 'interviews'",
                "           interviews: entity wants the table (@Entity Interview (@Table(name = \"interviews\"))); "
                        + "database has no such table");
    }
}
