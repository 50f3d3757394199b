package dev.autogen.schema;

import java.util.Objects;

/**
 * A sequence, e.g. the {@code order_seq} behind {@code @GeneratedValue}: its name (a {@code null}
 * schema means the default schema), start value and increment ({@code allocationSize}).
 */
public record Sequence(TableName name, long start, long increment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
        }
    }
}
