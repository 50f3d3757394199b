package dev.autogen.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * What a view reads: one column of a table or view, or ({@code column} {@code null}) the relation
 * as a whole ({@code count(*)}, e.g.). PostgreSQL refuses to change the type of, or drop, a column
 * that a view reads, and to drop a relation that a view reads.
 */
public record ViewUse(TableName relation, String column) implements Comparable<ViewUse> {

    private static final Comparator<ViewUse> ORDER = Comparator.comparing(ViewUse::relation)
            .thenComparing(ViewUse::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ViewUse {
        Objects.requireNonNull(relation, "relation");
    }

    /** Whether this use reads {@code column} of {@code table}. */
    public boolean reads(TableName table, String columnName) {
        return relation.equals(table) && columnName.equals(column);
    }

    @Override
    public int compareTo(ViewUse other) {
        return ORDER.compare(this, other);
    }
}
