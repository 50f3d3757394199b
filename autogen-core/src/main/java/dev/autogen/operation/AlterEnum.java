package dev.autogen.operation;

import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.Objects;

/**
 * Changes an enum type's values from one list to another, the name staying the same. When
 * {@code to} only adds values ({@link EnumType#onlyAddsValues}) they are added in place; otherwise
 * (a value removed, values reordered) the type is recreated and {@code columns}, the columns that
 * use it when the operation runs, are converted to the new type. The diff places the operation
 * where the same columns use the type in the upgrade and in the downgrade, so the inverse keeps them.
 */
public record AlterEnum(EnumType from, EnumType to, List<EnumColumn> columns) implements Operation {

    public AlterEnum {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("cannot alter enum type " + from.name() + " into " + to.name());
        }
        columns = List.copyOf(columns);
    }

    @Override
    public TableName table() {
        return to.name();
    }

    /** Whether the change needs the type recreated: a value is removed or moved. */
    public boolean recreates() {
        return !from.onlyAddsValues(to);
    }

    @Override
    public Operation inverse() {
        return new AlterEnum(to, from, columns);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterEnum(this);
    }
}
