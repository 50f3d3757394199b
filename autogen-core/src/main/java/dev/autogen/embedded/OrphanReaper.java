package dev.autogen.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Cleans up after autogen runs that were killed (SIGKILL, a crash, a container stopped hard) while
 * their throwaway server ran: that server keeps running, its data in the temporary directory. Only
 * autogen's own directories are looked at ({@code autogen-pg-run-*}, and {@code autogen-pgNNN} of
 * older versions), only those of this OS user, only when the run that made them is gone, and a
 * process is signalled only when it is verified to be the postmaster of that directory.
 */
final class OrphanReaper {

    /** Directories of autogen versions before run directories: the data directory itself. */
    private static final Pattern LEGACY = Pattern.compile("autogen-pg\\d+");

    private static final AtomicBoolean REAPED = new AtomicBoolean();

    private OrphanReaper() {
    }

    /** Reaps once per JVM, before its first embedded server; never fails the run. */
    static void reapOnce(Path temporaryDirectory) {
        if (REAPED.compareAndSet(false, true)) {
            reap(temporaryDirectory);
        }
    }

    /** Stops and deletes what killed runs left in {@code temporaryDirectory}; returns the directories deleted. */
    static List<Path> reap(Path temporaryDirectory) {
        List<Path> reaped = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temporaryDirectory, "autogen-pg*")) {
            for (Path dir : entries) {
                String name = dir.getFileName().toString();
                boolean run = name.startsWith(RunDirectory.PREFIX);
                if ((run || LEGACY.matcher(name).matches()) && PrivateFiles.isPrivateDirectory(dir)
                        && (run ? reapRun(new RunDirectory(dir)) : reapLegacy(dir))) {
                    reaped.add(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up after others must never stop this run
        }
        return reaped;
    }

    private static boolean reapRun(RunDirectory run) {
        if (!run.ownerAlive().equals(Optional.of(false))) {
            return false;
        }
        return stopAndDelete(run.root(), run.data());
    }

    /** An older autogen's directory: orphaned when its server's pid file is there but zonky's lock is free. */
    private static boolean reapLegacy(Path dir) {
        if (!Files.exists(dir.resolve(Postmasters.PID_FILE)) || lockHeld(dir.resolve(EmbeddedServer.ZONKY_LOCK))) {
            return false;
        }
        return stopAndDelete(dir, dir);
    }

    private static boolean stopAndDelete(Path root, Path data) {
        Optional<ProcessHandle> postmaster = Postmasters.running(data);
        if (postmaster.isPresent() && !Postmasters.stop(postmaster.get())) {
            return false;
        }
        if (postmaster.isEmpty() && Postmasters.recordedPid(data).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive).filter(p -> p.info().command().isEmpty()).isPresent()) {
            return false; // a live process whose command cannot be read: cannot tell, leave it
        }
        TemplateCluster.deleteTree(root);
        return !Files.exists(root);
    }

    /** Whether a live process holds the lock on {@code file} (also: this JVM does, or it cannot tell). */
    static boolean lockHeld(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException | IOException e) {
            return true;
        }
    }
}
