package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/** A foreign key from {@code columns} of its table to {@code referencedColumns} of another. */
public record ForeignKey(String name, List<String> columns, TableName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete) implements TableElement {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }

    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action);
    }
}
