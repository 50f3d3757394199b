package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/** Renames a table within its schema, keeping its rows, constraints and indexes. */
public record RenameTable(TableName from, String to) implements Operation {

    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The table as it is named before the rename. */
    @Override
    public TableName table() {
        return from;
    }

    public TableName renamed() {
        return new TableName(from.schema(), to);
    }

    @Override
    public Operation inverse() {
        return new RenameTable(renamed(), from.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
