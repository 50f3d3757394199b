package dev.autogen.operation;

import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Renames an index of a table (one that backs no constraint), keeping its definition. The diff
 * proposes it when an index keeps its definition and only its explicitly chosen name changes.
 */
public record RenameIndex(TableName table, String from, String to) implements Operation {

    public RenameIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation inverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}
