package dev.autogen.schema;

import java.util.Objects;

/**
 * A column whose type is an enum type: its table, name and default expression ({@code null} for
 * none). Recreating the type converts these columns and sets their default again.
 */
public record EnumColumn(TableName table, String column, String defaultValue) implements Comparable<EnumColumn> {

    public EnumColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public int compareTo(EnumColumn other) {
        int byTable = table.compareTo(other.table);
        return byTable != 0 ? byTable : column.compareTo(other.column);
    }
}
