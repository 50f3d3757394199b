package dev.autogen.operation;

import dev.autogen.schema.Index;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Creates an index on a table. */
public record CreateIndex(TableName table, Index index) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
