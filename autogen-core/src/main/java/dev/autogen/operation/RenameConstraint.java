package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Renames a foreign key, unique, check or primary key constraint of a table, keeping its
 * definition; a unique or primary key's index takes the new name along. The diff proposes it
 * when a constraint keeps its definition and only its explicitly chosen name changes.
 */
public record RenameConstraint(TableName table, String from, String to) implements Operation {

    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation inverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameConstraint(this);
    }
}
