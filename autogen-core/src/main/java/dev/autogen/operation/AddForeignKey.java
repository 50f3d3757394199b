package dev.autogen.operation;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Adds a foreign key constraint.
 *
 * <p>Online (on a table that holds rows): added {@code NOT VALID}, which takes its locks only for a
 * moment, then validated in its own transaction while reads and writes go on; a rerun drops a half-added
 * one first. Only outside a transaction ({@code @Revision(transactional = false)}).
 */
public record AddForeignKey(TableName table, ForeignKey foreignKey, boolean online) implements Operation {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public AddForeignKey(TableName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Operation inverse() {
        return new DropForeignKey(table, foreignKey, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
