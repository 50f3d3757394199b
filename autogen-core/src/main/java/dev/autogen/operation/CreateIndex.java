package dev.autogen.operation;

import dev.autogen.schema.Index;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Creates an index on a table; {@code concurrently} builds it without blocking writes to the
 * table, which PostgreSQL only does outside a transaction (a migration with
 * {@code @Revision(transactional = false)}).
 */
public record CreateIndex(TableName table, Index index, boolean concurrently) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
    }

    /** An index built the ordinary way, in the migration's transaction. */
    public CreateIndex(TableName table, Index index) {
        this(table, index, false);
    }

    @Override
    public Operation inverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
