package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Switching {@code [entities] constraint_names} to {@code "readable"} on a database that has
 * migrations: the foreign key and index Hibernate had named are renamed, proven, and reverted.
 */
class CliConstraintNamesTest extends CliTestBase {

    @Test
    void readableNamesOnAnExistingDatabaseAreRenamesThatRevert() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        project.writeInterview("    @ManyToOne\n    private Candidate candidate;\n");
        project.compileEntities();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(project.run("check", "--url", url).out()).contains("No changes detected");

        String config = project.read(project.configFile());
        project.write("autogen.toml", config.replace("[entities]\n", "[entities]\nconstraint_names = \"readable\"\n"));
        Result check = project.run("check", "--url", url);

        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).containsPattern("rename constraint 'fk[0-9a-z]+' on 'interviews' to "
                + "'fk_interviews_candidate_id'");
        assertThat(check.out()).doesNotContain("add foreign key").doesNotContain("drop foreign key");

        Result generate = project.run("-m", "readable names", "--url", url);
        assertThat(generate.code()).as(generate.toString()).isZero();
        List<Path> files = project.migrations();
        String source = project.read(files.get(files.size() - 1));
        assertThat(section(source, "upgrade")).containsPattern(
                "op\\.renameConstraint\\(\"interviews\", \"fk[0-9a-z]+\", \"fk_interviews_candidate_id\"\\);");
        assertThat(section(source, "downgrade")).containsPattern(
                "op\\.renameConstraint\\(\"interviews\", \"fk_interviews_candidate_id\", \"fk[0-9a-z]+\"\\);");
        assertThat(source).doesNotContain("LOCK").doesNotContain("DATA LOSS");

        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE contype = 'f'"))
                .containsExactly("fk_interviews_candidate_id");
        assertThat(project.run("check", "--url", url).out()).contains("No changes detected");
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE contype = 'f'"))
                .singleElement().asString().matches("fk[0-9a-z]+").isNotEqualTo("fk_interviews_candidate_id");
    }
}
