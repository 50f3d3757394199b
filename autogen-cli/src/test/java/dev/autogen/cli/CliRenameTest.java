package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames: suspected and reported without the flag, applied with it so that data is kept. */
class CliRenameTest extends CliTestBase {

    private TestProject renamedVenue() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        project.writeInterview("    @Column(length = 80)\n    private String venue;\n");
        project.compileEntities();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        db.execute("INSERT INTO interviews (title, venue) VALUES ('onsite', 'Room 4')");
        project.writeInterview("    @Column(length = 80)\n    private String location;\n");
        project.compileEntities();
        return project;
    }

    @Test
    void aLikelyRenameIsReportedAndNotedButNotGuessed() throws Exception {
        TestProject project = renamedVenue();

        Result r = project.run("-m", "move venue", "--url", db.urlWithCredentials());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Possible rename, generated as drop and add: rename interviews.venue to "
                + "interviews.location (confirm with --rename interviews.venue=location)");
        String source = project.read(newest(project));
        assertThat(source).contains("// likely renamed to location: to keep the data, generate again with "
                + "--rename interviews.venue=location");
        assertThat(source).contains("op.dropColumn(\"interviews\"");
    }

    @Test
    void aConfirmedRenameKeepsTheData() throws Exception {
        TestProject project = renamedVenue();
        String url = db.urlWithCredentials();

        Result r = project.run("-m", "move venue", "--url", url, "--rename", "interviews.venue=location");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).doesNotContain("Possible rename");
        String source = project.read(newest(project));
        assertThat(source).contains("op.renameColumn(\"interviews\", \"venue\", \"location\");")
                .doesNotContain("dropColumn");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.column("SELECT location FROM interviews")).containsExactly("Room 4");
        assertThat(project.run("check", "--url", url).out()).contains("No changes detected");
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(db.column("SELECT venue FROM interviews")).containsExactly("Room 4");
    }

    @Test
    void checkExplainsEachDifference() throws Exception {
        TestProject project = renamedVenue();

        Result r = project.run("check", "--explain", "--url", db.urlWithCredentials());

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("  - add column 'interviews.location' character varying(80)")
                .contains("      interviews.location: entity wants character varying(80) (@Column(length = 80) on "
                        + "Interview.location); database has no such column")
                .contains("  - drop column 'interviews.venue'");
    }

    @Test
    void aRenameOfSomethingThatIsNotThereIsAClearError() throws Exception {
        TestProject project = renamedVenue();

        Result r = project.run("-m", "move venue", "--url", db.urlWithCredentials(), "--rename", "interviews.vneue=location");

        assertOneCleanError(r);
        assertThat(r.err()).contains("the database has no column interviews.vneue");
        assertThat(project.migrations()).hasSize(1);
    }

    private static Path newest(TestProject project) {
        List<Path> files = project.migrations();
        return files.get(files.size() - 1);
    }
}
