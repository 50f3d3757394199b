package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/** Renames a column, keeping its data, constraints and indexes. */
public record RenameColumn(TableName table, String from, String to) implements Operation {

    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation inverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameColumn(this);
    }
}
