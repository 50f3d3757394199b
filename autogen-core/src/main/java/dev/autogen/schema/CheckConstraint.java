package dev.autogen.schema;

import java.util.Objects;

/**
 * A check constraint: its name and its boolean expression, without the {@code CHECK ( )} around
 * it. Checks compare by expression in the dialect's canonical spelling, never by name.
 */
public record CheckConstraint(String name, String expression) implements TableElement {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
