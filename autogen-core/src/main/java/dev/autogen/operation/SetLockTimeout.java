package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds how long each following statement of the migration waits for a lock before it fails
 * (PostgreSQL's {@code lock_timeout}), so a migration queued behind a long transaction does not
 * in turn block every query on the table; the runner retries a migration that failed on it. The
 * setting lasts until the migration ends. It changes no schema, so it is its own inverse, and a
 * generated downgrade starts with it as the upgrade does.
 */
public record SetLockTimeout(Duration timeout) implements Operation {

    public SetLockTimeout {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a lock timeout must be positive, not " + timeout);
        }
    }

    @Override
    public TableName table() {
        return null;
    }

    @Override
    public Operation inverse() {
        return this;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setLockTimeout(this);
    }
}
