package dev.autogen.operation;

import dev.autogen.schema.EnumType;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops an enum type that no column uses any more; carries its values so the inverse can recreate it. */
public record DropEnum(EnumType enumType) implements Operation {

    public DropEnum {
        Objects.requireNonNull(enumType, "enumType");
    }

    @Override
    public TableName table() {
        return enumType.name();
    }

    @Override
    public Operation inverse() {
        return new CreateEnum(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnum(this);
    }
}
