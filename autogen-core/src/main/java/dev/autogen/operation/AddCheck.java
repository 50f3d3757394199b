package dev.autogen.operation;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Adds a check constraint to an existing table. */
public record AddCheck(TableName table, CheckConstraint check) implements Operation {

    public AddCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new DropCheck(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addCheck(this);
    }
}
