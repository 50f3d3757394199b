package dev.autogen.operation;

import dev.autogen.schema.Index;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Drops an index; {@code concurrently} drops it without blocking the table, which PostgreSQL only
 * does outside a transaction (a migration with {@code @Revision(transactional = false)}).
 */
public record DropIndex(TableName table, Index index, boolean concurrently) implements Operation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
    }

    /** An index dropped the ordinary way, in the migration's transaction. */
    public DropIndex(TableName table, Index index) {
        this(table, index, false);
    }

    @Override
    public Operation inverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
