package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a killed autogen run leaves behind, for real: a child JVM starts a throwaway server and is
 * killed; its postmaster survives it; the reaper (which every run calls before its first server)
 * stops it and deletes its directory, and leaves the servers of live runs alone.
 */
class OrphanReaperTest {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void theServerOfARunKilledWithSigkillIsStoppedAndItsDirectoryDeletedByTheNextRun() throws Exception {
        EmbeddedChild.Running child = EmbeddedChild.start("throwaway");
        Path run = child.dataDirectory().getParent();
        ProcessHandle postmaster = ProcessHandle.of(Postmasters.recordedPid(child.dataDirectory()).orElseThrow())
                .orElseThrow();

        // what the owner file says is for people: a start time read back differently (the wall clock was
        // adjusted) or a pid that does not match must not make a live run look dead
        Files.writeString(run.resolve(RunDirectory.OWNER), "1 1970-01-01T00:00:00Z\n");
        assertThat(OrphanReaper.reap(TEMP)).as("a live run's server is not touched").doesNotContain(run);
        assertThat(postmaster.isAlive()).isTrue();

        child.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(child.process().isAlive()).isFalse();
        assertThat(postmaster.isAlive()).as("SIGKILL leaves the postmaster running").isTrue();

        assertThat(OrphanReaper.reap(TEMP)).contains(run);
        assertThat(postmaster.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(run).doesNotExist();
    }

    @Test
    void theNextRunReapsByItself() throws Exception {
        EmbeddedChild.Running killed = EmbeddedChild.start("throwaway");
        Path run = killed.dataDirectory().getParent();
        ProcessHandle postmaster = ProcessHandle.of(Postmasters.recordedPid(killed.dataDirectory()).orElseThrow())
                .orElseThrow();
        killed.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(postmaster.isAlive()).isTrue();

        EmbeddedChild.Running next = EmbeddedChild.start("throwaway"); // another run: reaps before its server starts
        try {
            assertThat(postmaster.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(run).doesNotExist();
        } finally {
            next.process().destroy();
            next.process().waitFor(60, TimeUnit.SECONDS);
            postmaster.destroyForcibly();
        }
    }

    @Test
    void sigtermAndSigintStopTheServerAndDeleteItsDirectory() throws Exception {
        // kill, and Ctrl-C: the JVM runs its shutdown hooks; a JVM started with SIGINT ignored (a background
        // job of a non-interactive shell, as some CI runners are) cannot be stopped with it, nor its children
        List<String> signals = sigintIgnored() ? List.of("TERM") : List.of("TERM", "INT");
        for (String signal : signals) {
            EmbeddedChild.Running child = EmbeddedChild.start("throwaway");
            Path run = child.dataDirectory().getParent();
            ProcessHandle postmaster = ProcessHandle.of(Postmasters.recordedPid(child.dataDirectory()).orElseThrow())
                    .orElseThrow();

            new ProcessBuilder("kill", "-" + signal, Long.toString(child.process().pid())).start().waitFor();
            assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).as("SIG%s ends the JVM", signal).isTrue();

            assertThat(postmaster.onExit().get(60, TimeUnit.SECONDS).isAlive()).as("after SIG%s", signal).isFalse();
            assertThat(run).as("after SIG%s", signal).doesNotExist();
        }
    }

    @Test
    void theDirectoriesOfAnotherOsUserAreNeverTouched() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "only root can give a directory away");
        RunDirectory theirs = RunDirectory.create(TEMP);
        RunDirectory.release(theirs.root()); // as if its owner had died
        try {
            Process finished = new ProcessBuilder("true").start();
            finished.waitFor();
            Files.writeString(theirs.root().resolve(RunDirectory.OWNER), finished.pid() + " -\n");
            Files.setOwner(theirs.root(), TEMP.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("nobody"));

            assertThat(OrphanReaper.reap(TEMP)).doesNotContain(theirs.root());
            assertThat(theirs.root()).exists();
        } finally {
            TemplateCluster.deleteTree(theirs.root());
        }
    }

    /** Whether this process ignores SIGINT (and so the JVMs it starts do too): bit 2 of SigIgn. */
    private static boolean sigintIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(mask -> (mask & 0b10) != 0);
    }

    @Test
    void aDirectoryWhoseOwnerIsAliveOrUnknownIsLeftAloneAndAPidThatIsNotItsPostgresIsNeverSignalled() throws Exception {
        RunDirectory mine = RunDirectory.create(TEMP);
        RunDirectory noOwner = new RunDirectory(Files.createTempDirectory(TEMP, RunDirectory.PREFIX));
        RunDirectory dead = RunDirectory.create(TEMP);
        RunDirectory.release(dead.root()); // its owner died: the lock went with it
        Process bystander = new ProcessBuilder("sleep", "300").start();
        try {
            // the owner of "dead" was a process now finished; its postmaster.pid names a live process that is no postgres
            Process finished = new ProcessBuilder("true").start();
            finished.waitFor();
            Files.writeString(dead.root().resolve(RunDirectory.OWNER), finished.pid() + " -\n");
            Files.createDirectories(dead.data());
            Files.writeString(dead.data().resolve(Postmasters.PID_FILE), bystander.pid() + "\n" + dead.data() + "\n");

            List<Path> reaped = OrphanReaper.reap(TEMP);

            assertThat(reaped).contains(dead.root()).doesNotContain(mine.root(), noOwner.root());
            assertThat(bystander.isAlive()).as("a pid that is not the directory's postgres").isTrue();
            assertThat(mine.root()).exists();
            assertThat(noOwner.root()).exists();
            assertThat(dead.root()).doesNotExist();
        } finally {
            bystander.destroyForcibly();
            TemplateCluster.deleteTree(mine.root());
            TemplateCluster.deleteTree(noOwner.root());
        }
    }
}
