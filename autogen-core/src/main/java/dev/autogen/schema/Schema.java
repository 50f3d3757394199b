package dev.autogen.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database schema as autogen compares it: tables, sequences, enum types and views by name, and
 * the named schemas (namespaces) other than the default one that they live in, all sorted. Both
 * sides of a diff are values of this type: the desired one read from entities, the current one
 * from a database.
 */
public record Schema(Map<TableName, Table> tablesByName, Map<TableName, Sequence> sequencesByName,
                     Map<TableName, EnumType> enumsByName, SortedSet<String> namespaces,
                     Map<TableName, View> viewsByName) {

    public Schema {
        // sorted views of sorted maps: copying one (every with/without) is linear, not n log n
        tablesByName = Collections.unmodifiableSortedMap(new TreeMap<>(tablesByName));
        sequencesByName = Collections.unmodifiableSortedMap(new TreeMap<>(sequencesByName));
        enumsByName = Collections.unmodifiableSortedMap(new TreeMap<>(enumsByName));
        namespaces = Collections.unmodifiableSortedSet(new TreeSet<>(namespaces));
        viewsByName = Collections.unmodifiableSortedMap(new TreeMap<>(viewsByName));
    }

    /** A schema with no views. */
    public Schema(Map<TableName, Table> tablesByName, Map<TableName, Sequence> sequencesByName,
                  Map<TableName, EnumType> enumsByName, SortedSet<String> namespaces) {
        this(tablesByName, sequencesByName, enumsByName, namespaces, Map.of());
    }

    /** A schema with no enum types. */
    public Schema(Map<TableName, Table> tablesByName, Map<TableName, Sequence> sequencesByName,
                  SortedSet<String> namespaces) {
        this(tablesByName, sequencesByName, Map.of(), namespaces);
    }

    public static Schema empty() {
        return new Schema(Map.of(), Map.of(), Map.of(), new TreeSet<>());
    }

    /** Tables only; their schemas (namespaces) are taken from their names. */
    public static Schema of(Collection<Table> tables) {
        return of(tables, List.of());
    }

    /** Tables and sequences; the namespaces are those their names use. */
    public static Schema of(Collection<Table> tables, Collection<Sequence> sequences) {
        return of(tables, sequences, List.of());
    }

    /** Tables, sequences and enum types; the namespaces are those their names use. */
    public static Schema of(Collection<Table> tables, Collection<Sequence> sequences, Collection<EnumType> enums) {
        Map<TableName, Table> byName = new TreeMap<>();
        SortedSet<String> namespaces = new TreeSet<>();
        for (Table table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("table " + table.name() + " is defined twice");
            }
            if (table.name().schema() != null) {
                namespaces.add(table.name().schema());
            }
        }
        Map<TableName, Sequence> sequencesByName = new TreeMap<>();
        for (Sequence sequence : sequences) {
            if (sequencesByName.put(sequence.name(), sequence) != null) {
                throw new IllegalArgumentException("sequence " + sequence.name() + " is defined twice");
            }
            if (sequence.name().schema() != null) {
                namespaces.add(sequence.name().schema());
            }
        }
        Map<TableName, EnumType> enumsByName = new TreeMap<>();
        for (EnumType type : enums) {
            if (enumsByName.put(type.name(), type) != null) {
                throw new IllegalArgumentException("enum type " + type.name() + " is defined twice");
            }
            if (type.name().schema() != null) {
                namespaces.add(type.name().schema());
            }
        }
        return new Schema(byName, sequencesByName, enumsByName, namespaces);
    }

    public Collection<Table> tables() {
        return tablesByName.values();
    }

    public Optional<Table> table(TableName name) {
        return Optional.ofNullable(tablesByName.get(name));
    }

    public Collection<Sequence> sequences() {
        return sequencesByName.values();
    }

    public Optional<Sequence> sequence(TableName name) {
        return Optional.ofNullable(sequencesByName.get(name));
    }

    public Collection<EnumType> enums() {
        return enumsByName.values();
    }

    public Optional<EnumType> enumType(TableName name) {
        return Optional.ofNullable(enumsByName.get(name));
    }

    /** The columns whose type is {@code type}, sorted by table and column. */
    public List<EnumColumn> columnsOf(EnumType type) {
        List<EnumColumn> out = new java.util.ArrayList<>();
        for (Table table : tablesByName.values()) {
            for (Column column : table.columns()) {
                if (type.isTypeOf(column.type())) {
                    out.add(new EnumColumn(table.name(), column.name(), column.defaultValue()));
                }
            }
        }
        Collections.sort(out);
        return List.copyOf(out);
    }

    public Schema with(EnumType type) {
        Map<TableName, EnumType> copy = new TreeMap<>(enumsByName);
        copy.put(type.name(), type);
        return new Schema(tablesByName, sequencesByName, copy, namespaces, viewsByName);
    }

    public Schema withoutEnum(TableName name) {
        Map<TableName, EnumType> copy = new TreeMap<>(enumsByName);
        copy.remove(name);
        return new Schema(tablesByName, sequencesByName, copy, namespaces, viewsByName);
    }

    public Schema with(Table table) {
        Map<TableName, Table> copy = new TreeMap<>(tablesByName);
        copy.put(table.name(), table);
        return new Schema(copy, sequencesByName, enumsByName, namespaces, viewsByName);
    }

    public Schema without(TableName name) {
        Map<TableName, Table> copy = new TreeMap<>(tablesByName);
        copy.remove(name);
        return new Schema(copy, sequencesByName, enumsByName, namespaces, viewsByName);
    }

    /** This schema without the tables of these names (one copy, however many names). */
    public Schema withoutTables(Collection<TableName> names) {
        if (names.isEmpty()) {
            return this;
        }
        Map<TableName, Table> copy = new TreeMap<>(tablesByName);
        names.forEach(copy::remove);
        return new Schema(copy, sequencesByName, enumsByName, namespaces, viewsByName);
    }

    public Schema with(Sequence sequence) {
        Map<TableName, Sequence> copy = new TreeMap<>(sequencesByName);
        copy.put(sequence.name(), sequence);
        return new Schema(tablesByName, copy, enumsByName, namespaces, viewsByName);
    }

    public Schema withoutSequence(TableName name) {
        Map<TableName, Sequence> copy = new TreeMap<>(sequencesByName);
        copy.remove(name);
        return new Schema(tablesByName, copy, enumsByName, namespaces, viewsByName);
    }

    public Schema withNamespaces(Set<String> names) {
        return new Schema(tablesByName, sequencesByName, enumsByName, new TreeSet<>(names), viewsByName);
    }

    /**
     * This schema with each table's columns sorted by name: what to compare when column order does
     * not matter (a migration that drops and re-adds a column cannot keep its place).
     */
    public Schema ignoringColumnOrder() {
        Map<TableName, Table> sorted = new TreeMap<>();
        tablesByName.forEach((name, table) -> sorted.put(name, table.withColumns(columns -> {
            columns.sort(java.util.Comparator.comparing(Column::name));
            return columns;
        })));
        return new Schema(sorted, sequencesByName, enumsByName, namespaces, viewsByName);
    }

    public Collection<View> views() {
        return viewsByName.values();
    }

    public Optional<View> view(TableName name) {
        return Optional.ofNullable(viewsByName.get(name));
    }

    /** This schema with {@code view} added, or replacing the view of its name. */
    public Schema with(View view) {
        Map<TableName, View> copy = new TreeMap<>(viewsByName);
        copy.put(view.name(), view);
        return new Schema(tablesByName, sequencesByName, enumsByName, namespaces, copy);
    }

    public Schema withoutView(TableName name) {
        Map<TableName, View> copy = new TreeMap<>(viewsByName);
        copy.remove(name);
        return new Schema(tablesByName, sequencesByName, enumsByName, namespaces, copy);
    }

    /** This schema with {@code views} as its views (their schemas join the namespaces). */
    public Schema withViews(Collection<View> views) {
        Map<TableName, View> byName = new TreeMap<>();
        SortedSet<String> names = new TreeSet<>(namespaces);
        for (View view : views) {
            if (byName.put(view.name(), view) != null) {
                throw new IllegalArgumentException("view " + view.name() + " is defined twice");
            }
            if (view.name().schema() != null) {
                names.add(view.name().schema());
            }
        }
        return new Schema(tablesByName, sequencesByName, enumsByName, names, byName);
    }
}
