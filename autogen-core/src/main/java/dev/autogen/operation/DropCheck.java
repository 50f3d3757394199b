package dev.autogen.operation;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Drops a check constraint; carries its expression so the inverse can add it back.
 *
 * <p>Online: {@code IF EXISTS}, so a rerun of a migration outside a transaction is safe; the inverse of an
 * online add.
 */
public record DropCheck(TableName table, CheckConstraint check, boolean online) implements Operation {

    public DropCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public DropCheck(TableName table, CheckConstraint check) {
        this(table, check, false);
    }

    @Override
    public Operation inverse() {
        return new AddCheck(table, check, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropCheck(this);
    }
}
