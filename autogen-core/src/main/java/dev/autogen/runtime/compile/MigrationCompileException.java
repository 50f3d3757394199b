package dev.autogen.runtime.compile;

import dev.autogen.AutogenException;

/**
 * Migrations could not be compiled. The message is one line a person can act on, e.g.
 * {@code src/main/java/com/acme/migrations/M20261122_224000_add_archived_at.java:12: error: ';' expected}.
 */
public final class MigrationCompileException extends AutogenException {

    public MigrationCompileException(String message) {
        super(message);
    }

    public MigrationCompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
