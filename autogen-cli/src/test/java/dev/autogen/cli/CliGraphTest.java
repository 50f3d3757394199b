package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Branches, merges, stamping and showing: the revision-graph verbs. */
class CliGraphTest extends CliTestBase {

    /** Two people branched from the initial schema: two heads. */
    private TestProject branched(String url) throws Exception {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        Path first = project.migrations().get(0);
        String root = revisionId(project.read(first));
        for (String name : new String[] {"left", "right"}) {
            assertThat(project.run("revision", "-m", name, "--url", url).code()).isZero();
            Path file = project.migrations().stream().filter(p -> p.toString().endsWith("_" + name + ".java"))
                    .findFirst().orElseThrow();
            String source = project.read(file);
            String parent = source.replaceAll("(?s).*parents = \"(\\w+)\".*", "$1");
            project.write(project.dir().relativize(file).toString(), source.replace("parents = \"" + parent + "\"",
                    "parents = \"" + root + "\"").replace("Parent: " + parent, "Parent: " + root));
        }
        return project;
    }

    @Test
    void twoHeadsAreShownRefusedUnderHeadAndJoinedByAMerge() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = branched(url);

        assertThat(project.run("heads", "--url", url).outLines()).hasSize(3)
                .last().isEqualTo("Several heads: join them with `autogen merge -m MSG`");
        assertThat(project.run("branches", "--url", url).out()).contains("(branch point), initial schema");
        Result head = project.run("upgrade", "head", "--url", url);
        assertOneCleanError(head);
        assertThat(head.err()).contains("join them with `autogen merge -m MSG`, or use `upgrade heads`");

        assertThat(project.run("upgrade", "heads", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).hasSize(3);
        assertThat(project.run("merge", "-m", "join left and right", "--url", url).code()).isZero();
        assertThat(project.run("heads", "--url", url).outLines()).singleElement().asString()
                .endsWith("(head), join left and right");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).hasSize(4);
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).hasSize(3);
    }

    @Test
    void stampRecordsARevisionWithoutRunningIt() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        String revision = revisionId(project.read(project.migrations().get(0)));

        Result stamp = project.run("stamp", "head", "--url", url);

        assertThat(stamp.code()).as(stamp.toString()).isZero();
        assertThat(stamp.out()).contains("Stamped " + revision);
        assertThat(db.tables()).containsExactly("autogen_version");
        assertThat(project.run("current", "--url", url).out()).contains(revision + " (head)");
        assertThat(project.run("stamp", "base", "--url", url).out()).contains("Unstamped " + revision);
        assertThat(db.appliedRevisions()).isEmpty();

        db.execute("INSERT INTO autogen_version (revision, parents, message, execution_ms) VALUES ('deadbeef0000', '', 'gone', 0)");
        assertOneCleanError(project.run("current", "--url", url));
        assertThat(project.run("stamp", "head", "--purge", "--url", url).out())
                .contains("Unstamped deadbeef0000").contains("Stamped " + revision);
    }

    @Test
    void showPrintsTheHeaderTheOperationsAndTheirSql() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();

        Result show = project.run("show", "head", "--url", url);

        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out()).contains("Message:  initial schema").contains("Parents:  <base>")
                .contains("  add table 'interviews'").contains("    CREATE TABLE interviews (");
        assertThat(project.run("current", "--url", url, "--verbose").out())
                .contains("Applied, oldest first:").contains(" ms  initial schema");
    }

    @Test
    void relativeTargetsCountStepsAlongTheGraph() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("revision", "-m", "second", "--url", url).code()).isZero();
        assertThat(project.run("revision", "-m", "third", "--url", url).code()).isZero();
        String first = revisionId(project.read(project.migrations().stream()
                .filter(p -> p.toString().endsWith("_initial_schema.java")).findFirst().orElseThrow()));
        String second = revisionId(project.read(project.migrations().stream()
                .filter(p -> p.toString().endsWith("_second.java")).findFirst().orElseThrow()));

        Result up = project.run("upgrade", first.substring(0, 6) + "+1", "--url", url);

        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(db.appliedRevisions()).containsExactlyInAnyOrder(first, second);
        Result past = project.run("upgrade", "head+1", "--url", url);
        assertOneCleanError(past);
        assertThat(past.err()).contains("cannot resolve 'head+1': it goes past the head");
        assertThat(db.appliedRevisions()).hasSize(2);
        assertThat(project.run("downgrade", "head-2", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).containsExactly(first);
        assertThat(project.run("upgrade", first + ":" + first + "+1", "--sql").out())
                .contains("-- upgrade " + second + ": second").doesNotContain("-- upgrade " + first);
    }
}
