package dev.autogen.operation;

import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops a primary key. */
public record DropPrimaryKey(TableName table, PrimaryKey primaryKey) implements Operation {

    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropPrimaryKey(this);
    }
}
