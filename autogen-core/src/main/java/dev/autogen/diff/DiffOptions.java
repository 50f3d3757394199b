package dev.autogen.diff;

/**
 * What a comparison needs beyond the two schemas: when key column order counts, and the longest
 * identifier the database keeps (in bytes, from the dialect), for the names the diff has to
 * choose itself.
 *
 * <pre>{@code
 * SchemaDiff.compare(current, desired, new DiffOptions(KeyOrder.DECLARED, 63));
 * }</pre>
 */
public record DiffOptions(KeyOrder keyOrder, int maxIdentifierBytes) {

    /** Keys compared as column sets; identifiers of any length. */
    public static final DiffOptions DEFAULT = new DiffOptions(KeyOrder.SET, Integer.MAX_VALUE);

    public DiffOptions {
        java.util.Objects.requireNonNull(keyOrder, "keyOrder");
        if (maxIdentifierBytes < 8) {
            throw new IllegalArgumentException("maxIdentifierBytes must be at least 8, was " + maxIdentifierBytes);
        }
    }

    public DiffOptions withKeyOrder(KeyOrder value) {
        return new DiffOptions(value, maxIdentifierBytes);
    }
}
