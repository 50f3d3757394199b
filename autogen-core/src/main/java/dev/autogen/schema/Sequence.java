package dev.autogen.schema;

import java.util.Objects;

/**
 * A sequence, e.g. the {@code order_seq} behind {@code @GeneratedValue}: its name (a {@code null}
 * schema means the default schema), start value and increment ({@code allocationSize}), the
 * column that owns it ({@code null} for none: a {@code serial} column's sequence is owned by the
 * column, {@code OWNED BY}, and goes when the column goes), and the expression by which a column
 * default takes its next value as the database spells it ({@code nextval('users_id_seq'::regclass)};
 * {@code null} when no default uses it or nobody read one).
 *
 * <p>Entities never state an owner or a default expression; introspection does, and the diff
 * reads them to see that a {@code serial} column is the one the entity's generator or identity
 * wants (see {@code docs/detection.md}).
 */
public record Sequence(TableName name, long start, long increment, Owner owner, String nextValueDefault) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
        }
    }

    /** A sequence that no column owns. */
    public Sequence(TableName name, long start, long increment) {
        this(name, start, increment, null, null);
    }

    /** The column a sequence is {@code OWNED BY}. */
    public record Owner(TableName table, String column) implements Comparable<Owner> {

        public Owner {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public int compareTo(Owner other) {
            int byTable = table.compareTo(other.table);
            return byTable != 0 ? byTable : column.compareTo(other.column);
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    /** This sequence owned by {@code value} ({@code null}: by nothing). */
    public Sequence withOwner(Owner value) {
        return new Sequence(name, start, increment, value, nextValueDefault);
    }

    public Sequence withStart(long value) {
        return new Sequence(name, value, increment, owner, nextValueDefault);
    }

    /** Whether the column default {@code expression} takes this sequence's next value. */
    public boolean isNextValue(String expression) {
        return expression != null && expression.equals(nextValueDefault);
    }
}
