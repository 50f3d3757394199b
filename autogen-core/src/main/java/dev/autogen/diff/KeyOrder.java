package dev.autogen.diff;

import dev.autogen.schema.Table;
import java.util.HashSet;
import java.util.List;

/**
 * When the order of the columns of a primary key or unique constraint makes two keys different.
 * Uniqueness does not depend on the order; a key's order decides only which queries its index
 * serves, and Hibernate chooses it itself for the keys of {@code @IdClass}, {@code @EmbeddedId},
 * collection and join tables. So by default the same column set is the same key.
 */
public enum KeyOrder {

    /** The same column set is the same key, in any order (the default). */
    SET,
    /**
     * The order counts for the keys whose order the entities spelled out
     * ({@link Table#declaredKeyOrders()}: {@code @UniqueConstraint(columnNames = ...)}); the others
     * compare as sets ({@code [schema] strict_key_order = true}).
     */
    DECLARED,
    /** The order always counts: both sides are databases (squash folds a chain exactly). */
    EXACT;

    /** Whether {@code current}'s columns make the same key as {@code desired}'s, a key of {@code desiredTable}. */
    boolean same(List<String> current, List<String> desired, Table desiredTable) {
        if (current.equals(desired)) {
            return true;
        }
        boolean ordered = this == EXACT || this == DECLARED && desiredTable.declaresKeyOrder(desired);
        return !ordered && current.size() == desired.size() && new HashSet<>(current).equals(new HashSet<>(desired));
    }
}
