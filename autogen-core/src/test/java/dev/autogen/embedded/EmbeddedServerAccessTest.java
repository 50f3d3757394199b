package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.config.DatabaseUrl;
import dev.autogen.workflow.Connections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only autogen gets into a throwaway embedded server: tried as an attacker would, with no password,
 * a wrong one, another user's name, the template's password, and from another OS user.
 */
class EmbeddedServerAccessTest {

    @Test
    void aThrowawayServerRefusesEveryConnectionWithoutItsPassword() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.throwaway()) {
            String url = server.url().jdbcUrl();
            assertThat(refusal(url, "postgres", null)).as("no password").isIn("08004", "28P01");
            assertThat(refusal(url, "postgres", "")).as("empty password").isIn("08004", "28P01");
            assertThat(refusal(url, "postgres", "postgres")).as("the old fixed password").isEqualTo("28P01");
            assertThat(refusal(url, "postgres", server.url().password() + "x")).as("nearly").isEqualTo("28P01");
            assertThat(refusal(url, System.getProperty("user.name"), null)).as("as the OS user").isIn("08004", "28P01");
            assertThat(refusal(url.replace("/postgres", "/template1"), "postgres", "wrong")).isEqualTo("28P01");
            try (Connection c = Connections.open(server.url())) {
                assertThat(c.isValid(5)).as("autogen itself gets in").isTrue();
            }
        }
    }

    @Test
    void everyThrowawayServerHasItsOwnPasswordAndNoneIsTheTemplates() throws Exception {
        try (EmbeddedServer a = EmbeddedServer.throwaway(); EmbeddedServer b = EmbeddedServer.throwaway()) {
            assertThat(a.url().password()).isNotEqualTo(b.url().password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(refusal(a.url().jdbcUrl(), "postgres", b.url().password())).isEqualTo("28P01");
            Path template = Path.of(System.getProperty("java.io.tmpdir"), "autogen-pg-template-2-"
                    + System.getProperty("user.name"), "password");
            if (Files.exists(template)) {
                String templatePassword = Files.readString(template).strip();
                assertThat(refusal(a.url().jdbcUrl(), "postgres", templatePassword)).as("a copy of the template "
                        + "no longer takes the template's password").isEqualTo("28P01");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(template))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aThrowawayServerListensOn127001OnlyAndAsksEveryConnectionForScram() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.throwaway(); Connection c = Connections.open(server.url());
             Statement st = c.createStatement()) {
            assertThat(value(st, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(value(st, "SHOW unix_socket_directories")).as("no Unix socket").isEmpty();
            assertThat(value(st, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                    .isEqualTo("scram-sha-256");
            assertThat(value(st, "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")).isEqualTo("0");
            assertThat(value(st, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
                    .isEqualTo("t");
        }
    }

    @Test
    void aThrowawayServersFilesArePrivateAndItsPasswordIsInNoFile() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.throwaway()) {
            Path data = server.dataDirectory();
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(data.getParent())).as("the run directory").isEqualTo("rwx------");
            byte[] password = server.url().password().getBytes(StandardCharsets.UTF_8);
            try (Stream<Path> files = Files.walk(data.getParent())) {
                List<Path> holding = files.filter(Files::isRegularFile).filter(f -> contains(f, password)).toList();
                assertThat(holding).as("files holding the password in clear").isEmpty();
            }
        }
    }

    @Test
    void anotherOsUserCanNeitherConnectNorReadTheFiles() throws Exception {
        OtherUser.assumeAvailable();
        try (EmbeddedServer server = EmbeddedServer.throwaway()) {
            DatabaseUrl url = server.url();
            List<String> tries = OtherUser.connect(url.jdbcUrl(), List.of("", "postgres", "wrong", url.password()));
            assertThat(tries).as("none, the old default, a guess; then the real one, to show the port was reachable")
                    .containsExactly("refused 08004", "refused 28P01", "refused 28P01", "connected");
            Path data = server.dataDirectory();
            for (List<String> command : List.of(List.of("ls", data.getParent().toString()),
                    List.of("cat", data.resolve("PG_VERSION").toString()),
                    List.of("cat", data.resolve("global").resolve("pg_control").toString()))) {
                assertThat(OtherUser.run(command, Map.of()).code()).as("%s as %s", command, OtherUser.NAME).isNotZero();
            }
        }
    }

    @Test
    void aTemplateThatOthersCouldHaveWrittenOrThatTrustsConnectionsIsNeverCopied() throws Exception {
        EmbeddedServer.throwaway().close(); // a template exists from here on
        Path template = TemplateCluster.location();
        Path hba = template.resolve("data").resolve("pg_hba.conf");
        for (Runnable tamper : List.<Runnable>of(
                () -> setPermissions(template, "rwxr-xr-x"),
                () -> write(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\n"))) {
            if (!Files.exists(hba)) {
                EmbeddedServer.throwaway().close();
            }
            tamper.run();
            try (EmbeddedServer server = EmbeddedServer.throwaway(); Connection c = Connections.open(server.url());
                 Statement st = c.createStatement()) {
                assertThat(value(st, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                        .isEqualTo("scram-sha-256");
                assertThat(refusal(server.url().jdbcUrl(), "postgres", null)).isIn("08004", "28P01");
            }
            assertThat(template).as("the tampered template is discarded").doesNotExist();
        }
    }

    private static void setPermissions(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String refusal(String url, String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        try (Connection ignored = DriverManager.getConnection(url, p)) {
            return "connected";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String value(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
