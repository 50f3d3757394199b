package dev.autogen.operation;

import dev.autogen.schema.Index;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops an index. */
public record DropIndex(TableName table, Index index) implements Operation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
