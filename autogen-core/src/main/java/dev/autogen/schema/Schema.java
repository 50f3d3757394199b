package dev.autogen.schema;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A database schema as autogen compares it: tables by name, sorted. Both sides of a diff are
 * values of this type: the desired one read from entities, the current one from a database.
 */
public record Schema(Map<TableName, Table> tablesByName) {

    public Schema {
        tablesByName = java.util.Collections.unmodifiableMap(new TreeMap<>(tablesByName));
    }

    public static Schema empty() {
        return new Schema(Map.of());
    }

    public static Schema of(Collection<Table> tables) {
        Map<TableName, Table> byName = new TreeMap<>();
        for (Table table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("table " + table.name() + " is defined twice");
            }
        }
        return new Schema(byName);
    }

    public Collection<Table> tables() {
        return tablesByName.values();
    }

    public Optional<Table> table(TableName name) {
        return Optional.ofNullable(tablesByName.get(name));
    }

    public Schema with(Table table) {
        Map<TableName, Table> copy = new TreeMap<>(tablesByName);
        copy.put(table.name(), table);
        return new Schema(copy);
    }

    public Schema without(TableName name) {
        Map<TableName, Table> copy = new TreeMap<>(tablesByName);
        copy.remove(name);
        return new Schema(copy);
    }
}
