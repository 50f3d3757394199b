package dev.autogen.operation;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Drops a foreign key constraint.
 *
 * <p>Online: {@code IF EXISTS}, so a rerun of a migration outside a transaction is safe; the inverse of an
 * online add.
 */
public record DropForeignKey(TableName table, ForeignKey foreignKey, boolean online) implements Operation {

    public DropForeignKey {
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public DropForeignKey(TableName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Operation inverse() {
        return new AddForeignKey(table, foreignKey, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }
}
