package dev.autogen.operation;

import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.Objects;

/** Adds a unique constraint to an existing table. */
public record AddUnique(TableName table, UniqueConstraint unique) implements Operation {

    public AddUnique {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new DropUnique(table, unique);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addUnique(this);
    }
}
