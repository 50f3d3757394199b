package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Adds a column to an existing table. */
public record AddColumn(TableName table, Column column) implements Operation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
