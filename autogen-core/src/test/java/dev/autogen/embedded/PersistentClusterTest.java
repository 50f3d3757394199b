package dev.autogen.embedded;

import static dev.autogen.embedded.EmbeddedServerAccessTest.permissions;
import static dev.autogen.embedded.EmbeddedServerAccessTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.workflow.Connections;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent server under {@code .autogen/}: its password in a private file, kept across
 * restarts; a cluster of an older autogen locked down; a {@code postmaster.pid} left by a killed
 * run recovered from with one line.
 */
class PersistentClusterTest {

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private Consumer<String> previous;

    @BeforeEach
    void captureNotices() {
        previous = EmbeddedServer.reportTo(notices::add);
    }

    @AfterEach
    void restoreNotices() {
        EmbeddedServer.reportTo(previous);
    }

    @Test
    void itsPasswordIsRandomKeptInAPrivateFileAndTheSameOnTheNextStart() throws Exception {
        Path data = dir.resolve(".autogen").resolve("pgdata");
        Path secret = dir.resolve(".autogen").resolve("secret").resolve("pgdata.password");
        String first;
        try (EmbeddedServer server = EmbeddedServer.persistent(data)) {
            first = server.url().password();
            assertThat(Files.readString(secret)).isEqualTo(first);
            assertThat(refusal(server.url().jdbcUrl(), "postgres", null)).isIn("08004", "28P01");
            assertThat(refusal(server.url().jdbcUrl(), "postgres", "postgres")).isEqualTo("28P01");
        }
        assertThat(permissions(secret)).isEqualTo("rw-------");
        assertThat(permissions(secret.getParent())).isEqualTo("rwx------");
        assertThat(permissions(data)).isEqualTo("rwx------");
        try (EmbeddedServer server = EmbeddedServer.persistent(data); Connection c = Connections.open(server.url())) {
            assertThat(server.url().password()).isEqualTo(first);
            assertThat(c.isValid(5)).isTrue();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void aClusterOfAnOlderAutogenThatTrustedEveryoneIsLockedDownWithOneLine() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start().close();
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedServer server = EmbeddedServer.persistent(data)) {
            assertThat(refusal(server.url().jdbcUrl(), "postgres", null)).isIn("08004", "28P01");
            assertThat(refusal(server.url().jdbcUrl(), "postgres", "postgres")).isEqualTo("28P01");
            try (Connection c = Connections.open(server.url())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
        assertThat(notices).singleElement().asString().contains("let any local user in", "now asks for a password",
                PersistentCluster.passwordFile(data).toString());
        assertThat(String.join("\n", notices)).doesNotContain(Files.readString(PersistentCluster.passwordFile(data)));
        notices.clear();
        try (EmbeddedServer again = EmbeddedServer.persistent(data)) {
            assertThat(again.url().password()).isEqualTo(Files.readString(PersistentCluster.passwordFile(data)));
        }
        assertThat(notices).as("locked down once").isEmpty();
    }

    @Test
    void aServerLeftRunningByARunKilledWithSigkillIsStoppedWithOneLine() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedChild.Running child = EmbeddedChild.start("persistent", data.toString());
        long pid = Postmasters.recordedPid(data).orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        try {
            assertThatThrownBy(() -> EmbeddedServer.persistent(data)).as("while the run that started it lives")
                    .isInstanceOf(AutogenException.class).hasMessageContaining("another autogen is using");
            assertThat(postmaster.isAlive()).isTrue();

            child.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            assertThat(postmaster.isAlive()).as("SIGKILL leaves the postmaster running").isTrue();

            try (EmbeddedServer server = EmbeddedServer.persistent(data); Connection c = Connections.open(server.url());
                 Statement st = c.createStatement()) {
                assertThat(st.execute("SELECT 1")).isTrue();
            }
            assertThat(postmaster.isAlive()).isFalse();
            assertThat(notices).containsExactly("stopped the embedded PostgreSQL (pid " + pid
                    + ") that a killed autogen left running in " + data);
        } finally {
            postmaster.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileNamingADeadProcessOrAnotherProgramIsRemovedWithOneLineAndNothingIsSignalled() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedServer.persistent(data).close();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Process bystander = new ProcessBuilder("sleep", "300").start();
        try {
            for (long pid : List.of(finished.pid(), bystander.pid())) {
                notices.clear();
                Files.writeString(data.resolve(Postmasters.PID_FILE), pid + "\n" + data + "\n");
                try (EmbeddedServer server = EmbeddedServer.persistent(data); Connection c = Connections.open(server.url())) {
                    assertThat(c.isValid(5)).isTrue();
                }
                assertThat(notices).containsExactly("removed the stale postmaster.pid that a killed autogen left in "
                        + data + " (pid " + pid + " is not its server)");
            }
            assertThat(bystander.isAlive()).isTrue();
        } finally {
            bystander.destroyForcibly();
        }
    }

    @Test
    void aPasswordFileThatIsGoneOrReadableByOthersIsSaidSo() throws Exception {
        Path data = dir.resolve("pgdata");
        Path secret = PersistentCluster.passwordFile(data);
        EmbeddedServer.persistent(data).close();

        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        EmbeddedServer.persistent(data).close();
        assertThat(permissions(secret)).isEqualTo("rw-------");
        assertThat(notices).singleElement().asString().contains(secret + " was readable by other users");

        Files.delete(secret);
        assertThatThrownBy(() -> EmbeddedServer.persistent(data)).isInstanceOf(AutogenException.class)
                .hasMessage("the embedded PostgreSQL in " + data + " asks for a password that " + secret
                        + " no longer holds (the file is gone); delete " + data
                        + " to start it afresh (it is rebuilt from the migrations)");
    }

    @Test
    void anotherOsUserCannotReadThePasswordFileNorConnect() throws Exception {
        OtherUser.assumeAvailable();
        // a project directory as they usually are: anyone may look in; only .autogen's private parts are closed
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = dir.resolve("pgdata");
        try (EmbeddedServer server = EmbeddedServer.persistent(data)) {
            Path secret = PersistentCluster.passwordFile(data);
            assertThat(OtherUser.run(List.of("cat", secret.toString()), Map.of()).code()).isNotZero();
            assertThat(OtherUser.run(List.of("ls", dir.toString()), Map.of()).code()).as("the project").isZero();
            assertThat(OtherUser.run(List.of("ls", data.toString()), Map.of()).code()).isNotZero();
            assertThat(OtherUser.run(List.of("ls", secret.getParent().toString()), Map.of()).code()).isNotZero();
            assertThat(OtherUser.connect(server.url().jdbcUrl(), List.of("", "postgres")))
                    .containsExactly("refused 08004", "refused 28P01");
        }
    }
}
