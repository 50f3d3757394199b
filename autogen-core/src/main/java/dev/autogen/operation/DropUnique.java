package dev.autogen.operation;

import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.Objects;

/**
 * Drops a unique constraint.
 *
 * <p>Online: {@code IF EXISTS}, so a rerun of a migration outside a transaction is safe; the inverse of an
 * online add.
 */
public record DropUnique(TableName table, UniqueConstraint unique, boolean online) implements Operation {

    public DropUnique {
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public DropUnique(TableName table, UniqueConstraint unique) {
        this(table, unique, false);
    }

    @Override
    public Operation inverse() {
        return new AddUnique(table, unique, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropUnique(this);
    }
}
