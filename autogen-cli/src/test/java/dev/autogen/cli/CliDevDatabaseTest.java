package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** {@code dev_database = "testcontainers:postgres:17"}: the throwaway database of {@code -m} and {@code check}. */
class CliDevDatabaseTest extends CliTestBase {

    private static final String CONTAINER = "dev_database = \"testcontainers:postgres:17\"\n";

    @Test
    void withoutDockerEveryVerbThatNeedsAThrowawayDatabaseStopsWithOneLine() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        TestProject project = containerProject();
        List<String> before = project.files();

        for (String[] args : List.of(new String[] {"check"}, new String[] {"-m", "initial"})) {
            Result r = project.run(args);

            assertOneCleanError(r);
            assertThat(r.err()).startsWith("error: Docker is not available: ")
                    .contains("remove dev_database or start Docker");
        }
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void withDockerAutogenerateAndCheckRunOnTheContainer() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "Docker is not available here");
        TestProject project = containerProject();

        Result generate = project.run("-m", "initial");
        Result check = project.run("check");

        assertThat(generate.code()).as("%s", generate).isZero();
        assertThat(check.code()).as("%s", check).isZero();
    }

    private TestProject containerProject() {
        TestProject project = TestProject.standard(dir, null);
        project.write("autogen.toml", project.read(project.configFile()).replace("[database]\n", "[database]\n" + CONTAINER));
        assertThat(project.read(project.configFile())).contains(CONTAINER);
        return project;
    }
}
