package dev.autogen.runtime;

import java.time.Duration;

/**
 * How often the runner tries again a migration that failed because a statement waited for a lock
 * longer than the migration's lock timeout, and how long it waits first: {@code backoff} before
 * the first retry, doubling each time ({@code 2s, 4s, 8s} by default).
 */
public record LockRetries(int retries, Duration backoff) {

    /** Three retries, after 2, 4 and 8 seconds. */
    public static final LockRetries DEFAULT = new LockRetries(3, Duration.ofSeconds(2));

    public LockRetries {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
        }
        if (backoff == null || backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must be 0 or more, not " + backoff);
        }
    }

    /** The wait before retry number {@code attempt} (1 for the first). */
    public Duration backoff(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
