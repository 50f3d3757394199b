package dev.autogen.schema;

import java.util.Objects;

/**
 * A column: its name, its type in the dialect's canonical spelling (for PostgreSQL what
 * {@code format_type} prints, e.g. {@code character varying(255)}), nullability and default
 * expression ({@code null} for none).
 */
public record Column(String name, String type, boolean nullable, String defaultValue) implements TableElement {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column with no default. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, null);
    }

    public Column notNull() {
        return new Column(name, type, false, defaultValue);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, defaultValue);
    }

    public Column withType(String value) {
        return new Column(name, value, nullable, defaultValue);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression);
    }
}
