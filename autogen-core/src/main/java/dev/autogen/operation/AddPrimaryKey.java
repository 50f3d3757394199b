package dev.autogen.operation;

import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Adds a primary key to an existing table. */
public record AddPrimaryKey(TableName table, PrimaryKey primaryKey) implements Operation {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation inverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addPrimaryKey(this);
    }
}
