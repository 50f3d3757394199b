package dev.autogen.operation;

import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Drops a table; carries its columns, primary key and uniques so the inverse can recreate it. Its
 * foreign keys and indexes are dropped by operations of their own before it.
 */
public record DropTable(Table definition) implements Operation {

    public DropTable {
        Objects.requireNonNull(definition, "definition");
        if (!definition.foreignKeys().isEmpty() || !definition.indexes().isEmpty()) {
            throw new IllegalArgumentException("drop " + definition.name()
                    + " without foreign keys and indexes; drop them with their own operations first");
        }
    }

    @Override
    public TableName table() {
        return definition.name();
    }

    @Override
    public Operation inverse() {
        return new CreateTable(definition);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
