package dev.autogen.operation;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Adds a foreign key constraint. */
public record AddForeignKey(TableName table, ForeignKey foreignKey) implements Operation {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
