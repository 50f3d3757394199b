package dev.autogen.operation;

import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Creates a table with its columns, primary key and unique constraints. Foreign keys and indexes
 * are separate operations, so tables that point at each other can be created in any order.
 */
public record CreateTable(Table definition) implements Operation {

    public CreateTable {
        Objects.requireNonNull(definition, "definition");
        if (!definition.foreignKeys().isEmpty() || !definition.indexes().isEmpty()) {
            throw new IllegalArgumentException("create " + definition.name()
                    + " without foreign keys and indexes; add them with their own operations");
        }
    }

    @Override
    public TableName table() {
        return definition.name();
    }

    @Override
    public Operation inverse() {
        return new DropTable(definition);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}
