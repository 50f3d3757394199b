package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * Changes a column's type, nullability or default from one definition to another of the same name.
 *
 * <p>Online (on a table that holds rows), a change that only makes the column NOT NULL goes through a
 * check constraint added {@code NOT VALID} and validated without blocking writes, which {@code SET NOT
 * NULL} then uses instead of scanning the table; other changes run as they would. Only outside a
 * transaction ({@code @Revision(transactional = false)}).
 */
public record AlterColumn(TableName table, Column from, Column to, boolean online) implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
    }

    /** The ordinary form, in the migration's transaction. */
    public AlterColumn(TableName table, Column from, Column to) {
        this(table, from, to, false);
    }

    @Override
    public Operation inverse() {
        return new AlterColumn(table, to, from, online);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }
}
