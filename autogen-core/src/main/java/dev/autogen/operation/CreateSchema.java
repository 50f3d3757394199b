package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/** Creates a schema (namespace) that tables and sequences live in. */
public record CreateSchema(String name) implements Operation {

    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public TableName table() {
        return null;
    }

    @Override
    public Operation inverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSchema(this);
    }
}
