package dev.autogen.operation;

import dev.autogen.schema.EnumType;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Creates an enum type. */
public record CreateEnum(EnumType enumType) implements Operation {

    public CreateEnum {
        Objects.requireNonNull(enumType, "enumType");
    }

    @Override
    public TableName table() {
        return enumType.name();
    }

    @Override
    public Operation inverse() {
        return new DropEnum(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnum(this);
    }
}
