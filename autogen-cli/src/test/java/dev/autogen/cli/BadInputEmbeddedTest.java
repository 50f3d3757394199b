package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.embedded.EmbeddedChild;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bad input and faults around the embedded PostgreSQL: its state under {@code .autogen/} damaged,
 * taken, left behind by a killed run, or made by an older autogen. Failures: exit 2, one line, no
 * stack trace, no password in any output (also with {@code --verbose}), nothing written. Recoveries:
 * exit 0 and one {@code note:} line saying what was done.
 */
class BadInputEmbeddedTest extends CliTestBase {

    @Test
    void aTemporaryDirectoryThatIsAFile() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        Path file = Files.writeString(dir.resolve("tmp-file"), "");
        List<String> before = project.files();
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", file.toString());
        try {
            Result r = project.run("check");
            assertOneCleanError(r);
            assertThat(r.err()).contains("the temporary directory " + file + " is not a directory",
                    "set java.io.tmpdir to a writable directory");
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
        assertThat(project.files()).isEqualTo(before);
    }

    private Path data() {
        return dir.resolve(".autogen/pgdata");
    }

    private Path secret() {
        return dir.resolve(".autogen/secret/pgdata.password");
    }

    /** A project whose persistent server has been made (and stopped) by a first run. */
    private TestProject madeOnce() {
        TestProject project = TestProject.standard(dir, null);
        Result first = project.run("current");
        assertThat(first.code()).as("%s", first).isZero();
        assertThat(first.err()).isEmpty();
        return project;
    }

    private void assertFails(TestProject project, String... fragments) throws Exception {
        List<String> before = project.files();
        Result r = project.run("current");
        assertOneCleanError(r);
        assertThat(r.err()).contains(fragments);
        Result verbose = project.run("current", "--verbose");
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.errorLines()).as("the same line again: a failed start leaves nothing in the way")
                .isEqualTo(r.errorLines());
        for (Result each : List.of(r, verbose)) {
            assertNoPassword(each);
        }
        assertThat(project.files()).isEqualTo(before);
    }

    /**
     * As {@link #assertFails}, run once: for the faults found only when zonky gives up waiting for the
     * server (20 s each); the other cases show that a failed start can be run again.
     */
    private void assertFailsAfterTheStartupWait(TestProject project, String... fragments) throws Exception {
        List<String> before = project.files();
        Result r = project.run("current");
        assertOneCleanError(r);
        assertThat(r.err()).contains(fragments);
        assertNoPassword(r);
        assertThat(project.files()).isEqualTo(before);
    }

    private void assertRecovered(Result r, String note) throws Exception {
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.errLines()).containsExactly("note: " + note);
        assertNoPassword(r);
    }

    private void assertNoPassword(Result r) throws Exception {
        if (Files.isRegularFile(secret())) {
            assertThat(r.out() + r.err()).doesNotContain(Files.readString(secret()).strip());
        }
    }

    @Test
    void thePersistentServerInUseByALiveRunAndThenLeftRunningWhenThatRunIsKilled() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        EmbeddedChild.Running other = EmbeddedChild.start("persistent", data().toString());
        long pid = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0).strip());
        try {
            assertFails(project, "another autogen is using the embedded PostgreSQL in " + data(), "wait for it");
            assertThat(ProcessHandle.of(pid)).as("the live run's server is left alone").isPresent();

            other.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            assertRecovered(project.run("current"), "stopped the embedded PostgreSQL (pid " + pid
                    + ") that a killed autogen left running in " + data());
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(project.run("current").err()).as("recovered once").isEmpty();
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aStalePostmasterPidWhoseProcessIsGone() throws Exception {
        TestProject project = madeOnce();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(data().resolve("postmaster.pid"), finished.pid() + "\n" + data() + "\n");

        assertRecovered(project.run("current"), "removed the stale postmaster.pid that a killed autogen left in "
                + data() + " (pid " + finished.pid() + " is not its server)");
    }

    @Test
    void thePasswordFileIsGone() throws Exception {
        TestProject project = madeOnce();
        Files.delete(secret());
        assertFails(project, "asks for a password that " + secret() + " no longer holds", "delete " + data());
    }

    @Test
    void thePasswordFileHoldsAnotherPassword() throws Exception {
        TestProject project = madeOnce();
        Files.writeString(secret(), "not-the-password");
        assertFailsAfterTheStartupWait(project, "refuses the password autogen keeps for it", "delete " + data());
        assertThat(Files.exists(data().resolve("postmaster.pid"))).as("the server it started is stopped").isFalse();
    }

    @Test
    void thePasswordFileBelongsToAnotherUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file away");
        TestProject project = madeOnce();
        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(secret(), nobody);
        assertFails(project, secret() + " belongs to another user");
    }

    @Test
    void thePasswordFileIsReadableByOthers() throws Exception {
        TestProject project = madeOnce();
        Files.setPosixFilePermissions(secret(), PosixFilePermissions.fromString("rw-r--r--"));

        assertRecovered(project.run("current"), secret() + " was readable by other users; it is now 0600 in a "
                + "0700 directory (for a new password, delete it and " + data() + ")");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret()))).isEqualTo("rw-------");
    }

    @Test
    void theStateDirectoryHoldsFilesWhereDirectoriesBelong() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        Files.createDirectories(dir.resolve(".autogen"));
        Files.writeString(dir.resolve(".autogen/pgdata"), "not a directory");
        assertFails(project, "cannot prepare the embedded PostgreSQL", data() + " is not a directory");

        Files.delete(dir.resolve(".autogen/pgdata"));
        Files.writeString(dir.resolve(".autogen/secret"), "not a directory");
        assertFails(project, "cannot prepare the embedded PostgreSQL", dir.resolve(".autogen/secret")
                + " is not a directory");
    }

    @Test
    void aDataDirectoryOfAnotherPostgresqlVersion() throws Exception {
        TestProject project = madeOnce();
        Files.writeString(data().resolve("PG_VERSION"), "9\n");
        assertFailsAfterTheStartupWait(project, "cannot start the embedded PostgreSQL in " + data(),
                "is the directory damaged?");
    }

    @Test
    void aClusterOfAnOlderAutogenThatTrustedEveryLocalUser() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        EmbeddedPostgres.builder().setDataDirectory(data()).setCleanDataDirectory(false).start().close();

        Result r = project.run("current");

        assertRecovered(r, "the embedded PostgreSQL in " + data() + " let any local user in (made by an older "
                + "autogen); it now asks for a password, kept in " + secret());
        EmbeddedChild.Running server = EmbeddedChild.start("persistent", data().toString());
        try {
            String port = Files.readAllLines(data().resolve("postmaster.pid")).get(3).strip();
            Properties noPassword = new Properties();
            noPassword.setProperty("user", "postgres");
            try (var ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    noPassword)) {
                throw new AssertionError("connected without a password");
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).isIn("08004", "28P01");
            }
        } finally {
            server.process().destroy();
            server.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTemporaryDirectoryThatDoesNotExist() {
        TestProject project = TestProject.standard(dir, null);
        List<String> before = project.files();
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.resolve("no-such-tmp").toString());
        try {
            Result r = project.run("check");
            assertOneCleanError(r);
            assertThat(r.err()).contains("the temporary directory " + dir.resolve("no-such-tmp") + " does not exist",
                    "set java.io.tmpdir to a writable directory");
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
        assertThat(project.files()).isEqualTo(before);
    }
}
