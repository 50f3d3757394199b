package dev.autogen.embedded;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Starts throwaway servers: each in its own {@link RunDirectory}, from a copy of the
 * {@link TemplateCluster} when there is one, else from {@code initdb}. Either way the server ends
 * with a password of its own, known only to this JVM: a copy is started with the template's
 * password and given a new one over its first connection, before anything else connects.
 */
final class ThrowawayCluster {

    private ThrowawayCluster() {
    }

    static EmbeddedServer start() {
        return start(Map.of());
    }

    /** A throwaway server with {@code settings} over autogen's own (for tests: a small lock table). */
    static EmbeddedServer start(Map<String, String> settings) {
        RunDirectory run = newRun();
        try {
            Optional<EmbeddedServer> copy = fromTemplate(run, settings);
            return copy.isPresent() ? copy.get() : initdb(run, settings);
        } catch (RuntimeException e) {
            TemplateCluster.deleteTree(run.root());
            throw e;
        }
    }

    /**
     * A server started from a copy of the stopped cluster in {@code data}, whose superuser has
     * {@code password}, with a new password of its own; empty, with nothing left behind, when the
     * copy cannot be made or will not start.
     */
    static Optional<EmbeddedServer> startCopyOf(Path data, String password) {
        RunDirectory run = newRun();
        try {
            TemplateCluster.copyTree(data, run.data());
            Files.deleteIfExists(run.data().resolve(Postmasters.PID_FILE));
            Files.deleteIfExists(run.data().resolve(EmbeddedServer.ZONKY_LOCK));
            EmbeddedServer server = EmbeddedServer.launch(run.data(), password, Optional.empty(), true, run.root());
            try {
                server.changePassword(PrivateFiles.newPassword());
                return Optional.of(server);
            } catch (SQLException | RuntimeException e) {
                server.close();
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            TemplateCluster.deleteTree(run.root());
            return Optional.empty();
        }
    }

    private static RunDirectory newRun() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        if (!Files.isDirectory(temporary)) {
            throw new AutogenException("the temporary directory " + temporary + (Files.exists(temporary)
                    ? " is not a directory" : " does not exist") + "; the throwaway PostgreSQL needs one: set "
                    + "java.io.tmpdir to a writable directory, e.g. JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=/var/tmp");
        }
        OrphanReaper.reapOnce(temporary);
        RunDirectory run;
        try {
            run = RunDirectory.create(temporary);
        } catch (IOException e) {
            throw new AutogenException("cannot create a temporary directory in " + temporary + ": "
                    + PrivateFiles.describe(e) + "; check that it exists and is writable (java.io.tmpdir)", e);
        }
        return run;
    }

    private static Optional<EmbeddedServer> fromTemplate(RunDirectory run, Map<String, String> settings) {
        Optional<String> templatePassword = TemplateCluster.copyInto(run.data());
        if (templatePassword.isEmpty()) {
            TemplateCluster.deleteTree(run.data());
            return Optional.empty();
        }
        EmbeddedServer server;
        try {
            server = EmbeddedServer.launch(run.data(), templatePassword.get(), Optional.empty(), true, run.root(),
                    settings);
        } catch (AutogenException e) {
            // e.g. the template was made by other binaries: make it again next time, initdb now
            TemplateCluster.discard();
            TemplateCluster.deleteTree(run.data());
            return Optional.empty();
        }
        try {
            server.changePassword(PrivateFiles.newPassword());
            return Optional.of(server);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new AutogenException("cannot set the password of the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedServer initdb(RunDirectory run, Map<String, String> settings) {
        String password = PrivateFiles.newPassword();
        try {
            PrivateFiles.writeSecret(run.passwordFile(), password);
        } catch (IOException e) {
            throw new AutogenException("cannot write in " + run.root() + ": " + PrivateFiles.describe(e)
                    + "; check the temporary directory (java.io.tmpdir)", e);
        }
        return EmbeddedServer.launch(run.data(), password, Optional.of(run.passwordFile()), true, run.root(),
                settings);
    }
}
