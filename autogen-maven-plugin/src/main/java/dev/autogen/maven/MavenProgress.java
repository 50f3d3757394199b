package dev.autogen.maven;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RunListener;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/** A line in the build log per migration run, with its time: {@code upgrade 1a2b -> 3c4d, add x ... 12 ms}. */
final class MavenProgress implements RunListener {

    private final Log log;

    MavenProgress(Log log) {
        this.log = log;
    }

    @Override
    public void finished(MigrationScript script, Direction direction, long millis) {
        log.info(describe(script, direction) + " ... " + millis + " ms");
    }

    @Override
    public void failed(MigrationScript script, Direction direction) {
        log.error(describe(script, direction) + " ... failed");
    }

    @Override
    public void retryingAfterLockTimeout(MigrationScript script, Direction direction, int attempt, int retries,
                                         java.time.Duration wait) {
        log.warn(describe(script, direction) + " ... lock timeout, rolled back; retry " + attempt + " of " + retries
                + " in " + wait.toMillis() + " ms");
    }

    private static String describe(MigrationScript script, Direction direction) {
        String parents = String.join(", ", script.parents());
        String arrow = direction == Direction.UPGRADE
                ? (parents + " -> " + script.revision()).strip()
                : script.revision() + " -> " + (parents.isEmpty() ? "base" : parents);
        return direction.name().toLowerCase(Locale.ROOT) + " " + arrow + ", " + script.message();
    }
}
