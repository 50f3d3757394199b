package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.workflow.Connections;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL: a throwaway server trades durability for speed, a persistent one keeps it. */
class EmbeddedServerTest {

    @TempDir
    Path dir;

    /** Twice, so that the second start is a copy of the template cluster when the first made one. */
    @Test
    void aThrowawayServerRunsWithoutFsyncEvenWhenCopiedFromTheTemplate() throws Exception {
        for (int i = 0; i < 2; i++) {
            try (EmbeddedServer server = EmbeddedServer.throwaway()) {
                assertThat(settings(server)).containsExactly("off", "off", "off");
            }
        }
    }

    @Test
    void aPersistentServerIsDurable() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.persistent(dir.resolve("pgdata"))) {
            assertThat(settings(server)).containsExactly("on", "on", "on");
        }
    }

    private static List<String> settings(EmbeddedServer server) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = Connections.open(server.url()); Statement st = c.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = st.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
