package dev.autogen.operation;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops a check constraint; carries its expression so the inverse can add it back. */
public record DropCheck(TableName table, CheckConstraint check) implements Operation {

    public DropCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new AddCheck(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropCheck(this);
    }
}
