package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import org.junit.jupiter.api.Test;

/** Seed 001's manual ALTER TABLE found by drift; seed 000's setup --reset as reset --yes. */
class CliDriftResetTest extends CliTestBase {

    private TestProject upgraded(String url) throws Exception {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        return project;
    }

    @Test
    void driftListsWhatWasChangedByHand() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = upgraded(url);
        assertThat(project.run("drift", "--url", url).out()).contains("No drift");

        db.execute("ALTER TABLE interviews ADD COLUMN note text", "CREATE INDEX ix_by_hand ON interviews (title)");
        Result drift = project.run("drift", "--url", url);

        assertThat(drift.code()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).contains("changed by hand:").contains("  - add column 'interviews.note' text")
                .contains("  - add index 'ix_by_hand' on 'interviews' (title)");
    }

    @Test
    void resetDropsWhatAutogenManagesAndUpgradesAgainButOnlyWhenTold() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = upgraded(url);
        db.execute("INSERT INTO interviews (title) VALUES ('kept?')", "CREATE TABLE other_tool (x int)");

        Result unconfirmed = project.run("reset", "--url", url);
        assertOneCleanError(unconfirmed);
        assertThat(unconfirmed.err()).contains("run `autogen reset --yes`");
        Result notEmbedded = project.run("reset", "--yes", "--url", url);
        assertOneCleanError(notEmbedded);
        assertThat(notEmbedded.err()).contains("add --force if you mean it");
        assertThat(db.column("SELECT count(*) FROM interviews")).containsExactly("1");

        project.write("autogen.toml", project.read(project.configFile()).replace("[hibernate]",
                "[schema]\nexclude = [\"other_tool\"]\n\n[hibernate]"));
        Result reset = project.run("reset", "--yes", "--force", "--url", url);

        assertThat(reset.code()).as(reset.toString()).isZero();
        assertThat(reset.out()).contains("Dropped 2 tables").contains("Running upgrade");
        assertThat(db.column("SELECT count(*) FROM interviews")).containsExactly("0");
        assertThat(db.appliedRevisions()).hasSize(1);
        assertThat(db.tables()).contains("other_tool");
    }
}
