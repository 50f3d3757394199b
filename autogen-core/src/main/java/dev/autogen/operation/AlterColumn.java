package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Changes a column's type, nullability or default from one definition to another of the same name. */
public record AlterColumn(TableName table, Column from, Column to) implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }
}
