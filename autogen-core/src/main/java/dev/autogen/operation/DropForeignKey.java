package dev.autogen.operation;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops a foreign key constraint. */
public record DropForeignKey(TableName table, ForeignKey foreignKey) implements Operation {

    public DropForeignKey {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }
}
