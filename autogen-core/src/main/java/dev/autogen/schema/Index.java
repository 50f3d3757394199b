package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/** An index that is not the backing index of a primary key or unique constraint. */
public record Index(String name, List<String> columns, boolean unique) implements TableElement {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    /** This index under another name, everything else kept (keep in step with the components). */
    public Index withName(String value) {
        return new Index(value, columns, unique);
    }

    public Index asUnique() {
        return new Index(name, columns, true);
    }
}
