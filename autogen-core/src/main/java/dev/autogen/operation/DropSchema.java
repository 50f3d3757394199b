package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops an empty schema (namespace). */
public record DropSchema(String name) implements Operation {

    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public TableName table() {
        return null;
    }

    @Override
    public Operation inverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}
