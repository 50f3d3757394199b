package dev.autogen.operation;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Adds a check constraint to an existing table.
 *
 * <p>Online (on a table that holds rows): added {@code NOT VALID}, then validated in its own transaction
 * while reads and writes go on; a rerun drops a half-added one first. Only outside a transaction ({@code
 * @Revision(transactional = false)}).
 */
public record AddCheck(TableName table, CheckConstraint check, boolean online) implements Operation {

    public AddCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public AddCheck(TableName table, CheckConstraint check) {
        this(table, check, false);
    }

    @Override
    public Operation inverse() {
        return new DropCheck(table, check, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addCheck(this);
    }
}
