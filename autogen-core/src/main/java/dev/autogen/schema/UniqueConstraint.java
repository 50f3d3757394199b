package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/** A unique constraint over one or more columns. */
public record UniqueConstraint(String name, List<String> columns) implements TableElement {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    /** This constraint under another name. */
    public UniqueConstraint withName(String value) {
        return new UniqueConstraint(value, columns);
    }
}
