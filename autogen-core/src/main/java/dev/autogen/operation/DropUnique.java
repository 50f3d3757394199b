package dev.autogen.operation;

import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.Objects;

/** Drops a unique constraint. */
public record DropUnique(TableName table, UniqueConstraint unique) implements Operation {

    public DropUnique {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new AddUnique(table, unique);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropUnique(this);
    }
}
