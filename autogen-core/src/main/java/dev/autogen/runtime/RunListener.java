package dev.autogen.runtime;

/** Hears about each migration the runner applies or reverts, e.g. to print progress. */
public interface RunListener {

    RunListener SILENT = new RunListener() {
    };

    default void starting(MigrationScript script, Direction direction) {
    }

    default void finished(MigrationScript script, Direction direction, long millis) {
    }

    /** Which way a migration runs. */
    enum Direction { UPGRADE, DOWNGRADE }
}
