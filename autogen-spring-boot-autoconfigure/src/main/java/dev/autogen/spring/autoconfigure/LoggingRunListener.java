package dev.autogen.spring.autoconfigure;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RunListener;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Logs each migration start-up applies, and a wait for another instance's lock. */
final class LoggingRunListener implements RunListener {

    private static final Log LOG = LogFactory.getLog("dev.autogen");

    @Override
    public void finished(MigrationScript script, Direction direction, long millis) {
        LOG.info("autogen: " + (direction == Direction.UPGRADE ? "applied " : "reverted ") + script.shortRevision()
                + " " + script.message() + " (" + millis + " ms)");
    }

    @Override
    public void failed(MigrationScript script, Direction direction) {
        LOG.error("autogen: " + script.shortRevision() + " " + script.message() + " failed");
    }

    @Override
    public void waitingForLock(String holder, Duration waited, Duration timeout) {
        LOG.info("autogen: waiting for the migration lock held by " + holder + " (" + waited.toSeconds() + " s of "
                + timeout.toSeconds() + " s)");
    }
}
