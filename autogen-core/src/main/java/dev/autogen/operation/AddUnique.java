package dev.autogen.operation;

import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.Objects;

/**
 * Adds a unique constraint to an existing table.
 *
 * <p>Online (on a table that holds rows): its unique index is built {@code CONCURRENTLY} first, then the
 * constraint takes it over ({@code USING INDEX}) in a moment; a rerun drops a half-built one first. Only
 * outside a transaction ({@code @Revision(transactional = false)}).
 */
public record AddUnique(TableName table, UniqueConstraint unique, boolean online) implements Operation {

    public AddUnique {
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public AddUnique(TableName table, UniqueConstraint unique) {
        this(table, unique, false);
    }

    @Override
    public Operation inverse() {
        return new DropUnique(table, unique, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addUnique(this);
    }
}
