package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/** Changes a table's comment from one text to another; {@code null} is no comment. */
public record SetTableComment(TableName table, String from, String to) implements Operation {

    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setTableComment(this);
    }
}
