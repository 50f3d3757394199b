package dev.autogen.cli;

import dev.autogen.runtime.Runner;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --lock-timeout}: how long a verb that changes the database waits for another runner's lock. */
final class LockOptions {

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", description = "Wait at most this long for another "
            + "autogen migrating the same database (default: [migrations] lock_timeout, 60); while waiting, a line "
            + "every few seconds says who holds the lock.")
    Integer seconds;

    /** The runner with the timeout given on the command line, if one was. */
    Runner apply(Runner runner) {
        if (seconds == null) {
            return runner;
        }
        if (seconds < 0) {
            throw new dev.autogen.AutogenException("--lock-timeout " + seconds + " is negative; give the seconds to "
                    + "wait, 0 for not at all");
        }
        return runner.withLockTimeout(Duration.ofSeconds(seconds));
    }
}
