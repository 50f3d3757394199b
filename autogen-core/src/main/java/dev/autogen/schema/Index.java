package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/** An index that is not the backing index of a primary key or unique constraint. */
public record Index(String name, List<String> columns, boolean unique) implements TableElement {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    public Index asUnique() {
        return new Index(name, columns, true);
    }
}
