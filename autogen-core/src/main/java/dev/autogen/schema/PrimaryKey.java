package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/** A primary key; its name may be {@code null} when the database chooses it. */
public record PrimaryKey(String name, List<String> columns) implements TableElement {

    public PrimaryKey {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }
}
