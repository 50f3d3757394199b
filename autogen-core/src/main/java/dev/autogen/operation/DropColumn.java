package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops a column; carries its definition so the inverse can add it back. */
public record DropColumn(TableName table, Column column) implements Operation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
