package dev.autogen.dialect;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a dialect remembers of the spellings its database gave ({@link Dialect#canonicalize}), so
 * that an expression it has spelled once is not sent to the database again. Spellings are kept
 * under a {@link Context}, a fingerprint of everything besides the key itself that decides them
 * (for PostgreSQL: the server version, the settings that print constants and names, the objects
 * users created); a dialect looks up only the context of the database it is talking to.
 *
 * <pre>{@code
 * Map<String, String> known = cache.read(context);   // key -> spelling
 * cache.add(context, Map.of(key, spelledByTheDatabase));
 * }</pre>
 *
 * <p>Implementations are safe for concurrent use. {@link #none()} remembers nothing,
 * {@link #inMemory()} remembers for as long as it lives, {@link SpellingFiles} across runs.
 */
public interface SpellingCache {

    /**
     * Under what spellings are kept: {@code label} a short name that may appear in a file name
     * (letters, digits, {@code -} and {@code .}, e.g. {@code postgresql-16}), {@code fingerprint}
     * everything that decides a spelling besides its key, compared whole.
     */
    record Context(String label, String fingerprint) {

        public Context {
            Objects.requireNonNull(fingerprint, "fingerprint");
            if (!label.matches("[A-Za-z0-9.-]{1,40}")) {
                throw new IllegalArgumentException("label must be 1 to 40 letters, digits, '-' or '.': " + label);
            }
        }
    }

    /** The spellings remembered under {@code context}, key to spelling; empty when there are none. */
    Map<String, String> read(Context context);

    /** Remembers {@code spellings} (key to spelling) under {@code context}, beside those it holds. */
    void add(Context context, Map<String, String> spellings);

    /** A cache that remembers nothing: every spelling is asked of the database. */
    static SpellingCache none() {
        return new SpellingCache() {
            @Override
            public Map<String, String> read(Context context) {
                return Map.of();
            }

            @Override
            public void add(Context context, Map<String, String> spellings) {
            }
        };
    }

    /** A cache that remembers in memory, for as long as it lives (tests, library callers). */
    static SpellingCache inMemory() {
        Map<Context, Map<String, String>> contexts = new ConcurrentHashMap<>();
        return new SpellingCache() {
            @Override
            public Map<String, String> read(Context context) {
                Map<String, String> known = contexts.get(context);
                return known == null ? Map.of() : Map.copyOf(known);
            }

            @Override
            public void add(Context context, Map<String, String> spellings) {
                contexts.computeIfAbsent(context, c -> new ConcurrentHashMap<>()).putAll(spellings);
            }
        };
    }
}
