package dev.autogen.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A named enum type, e.g. PostgreSQL's {@code CREATE TYPE order_status AS ENUM ('NEW', 'PAID')}:
 * its name (a {@code null} schema means the default schema) and its values in sort order.
 * A column of this type spells its type as the name does ({@code order_status},
 * {@code billing.order_status}).
 */
public record EnumType(TableName name, List<String> values) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("enum type " + name + " lists a value twice: " + values);
        }
    }

    /**
     * Whether {@code to} is this type with values added (at the end or in between) and none removed
     * or moved: a change made in place, value by value, with no need to recreate the type.
     */
    public boolean onlyAddsValues(EnumType to) {
        int next = 0;
        for (String value : to.values()) {
            if (next < values.size() && values.get(next).equals(value)) {
                next++;
            } else if (values.contains(value)) {
                return false;
            }
        }
        return next == values.size();
    }

    /**
     * Whether a column of type {@code columnType} is of this type: the type is this name, qualified
     * when the schema is not the default one, with or without identifier quotes.
     */
    public boolean isTypeOf(String columnType) {
        return columnType != null && columnType.replace("\"", "").equals(name.toString());
    }
}
