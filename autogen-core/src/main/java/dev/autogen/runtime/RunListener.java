package dev.autogen.runtime;

/** Hears about each migration the runner applies or reverts, e.g. to print progress. */
public interface RunListener {

    RunListener SILENT = new RunListener() {
    };

    default void starting(MigrationScript script, Direction direction) {
    }

    default void finished(MigrationScript script, Direction direction, long millis) {
    }

    /** The migration failed and was rolled back (if transactional); the runner stops after it. */
    default void failed(MigrationScript script, Direction direction) {
    }

    /**
     * Another runner holds the migration lock: said when the first try fails and then every few
     * seconds, with who holds it (pid, application, user, address, since when) and how long this
     * runner has waited of the most it will.
     */
    default void waitingForLock(String holder, java.time.Duration waited, java.time.Duration timeout) {
    }

    /**
     * The migration failed because a statement waited longer than its lock timeout, and was rolled
     * back; the runner tries it again after {@code wait} (retry {@code attempt} of {@code retries}).
     */
    default void retryingAfterLockTimeout(MigrationScript script, Direction direction, int attempt, int retries,
                                          java.time.Duration wait) {
    }

    /** Which way a migration runs. */
    enum Direction { UPGRADE, DOWNGRADE }
}
