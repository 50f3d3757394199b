package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.workflow.Connections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/** {@code [database] dev_database}: the embedded server by default, a Testcontainers container on request. */
class DevDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedServerUnlessTheConfigurationNamesAContainerImage() throws Exception {
        assertThat(config("").devDatabase()).isEqualTo(DevDatabase.EMBEDDED);
        assertThat(config("dev_database = \"embedded\"\n").devDatabase().isEmbedded()).isTrue();

        DevDatabase container = config("dev_database = \"testcontainers:postgres:17\"\n").devDatabase();

        assertThat(container.isEmbedded()).isFalse();
        assertThat(container.image()).isEqualTo("postgres:17");
        assertThat(container).hasToString("testcontainers:postgres:17");
    }

    @Test
    void anUnknownKindIsRejectedSayingWhatIsAccepted() {
        assertThatThrownBy(() -> config("dev_database = \"docker:postgres\"\n"))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("dev_database = \"docker:postgres\" is unknown")
                .hasMessageContaining("testcontainers:postgres:17");
    }

    @Test
    void withoutDockerAContainerIsOneClearErrorSayingWhatToDo() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");

        assertThatThrownBy(() -> DevDatabase.parse("testcontainers:postgres:17").start())
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("Docker is not available: ")
                .hasMessageEndingWith("; remove dev_database or start Docker")
                .hasMessageNotContaining("\n");
    }

    @Test
    void withDockerTheContainerIsARealPostgresOfTheNamedVersion() throws Exception {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "Docker is not available here");

        try (DevServer server = DevDatabase.parse("testcontainers:postgres:17").start();
             Connection c = Connections.open(server.url()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("17");
        }
    }

    private AutogenConfig config(String databaseKeys) throws Exception {
        Path file = dir.resolve("autogen.toml");
        Files.writeString(file, "[database]\n" + databaseKeys + "[entities]\npackages = [\"com.acme.model\"]\n"
                + "[migrations]\ndirectory = \"m\"\npackage = \"com.acme.migrations\"\n");
        return AutogenConfig.load(file, Map.of());
    }
}
