package dev.autogen.operation;

import dev.autogen.schema.EnumType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link Schema} being edited in place by {@link SchemaEditor}: its maps copied once at the
 * start and made a {@code Schema} once at the end, so that a plan of N operations costs N edits
 * rather than N copies of the whole schema. Also knows which sequences each table owns, so that
 * dropping a table does not look at every sequence.
 */
final class SchemaDraft {

    final TreeMap<TableName, Table> tables;
    final TreeMap<TableName, Sequence> sequences;
    final TreeMap<TableName, EnumType> enums;
    final TreeSet<String> namespaces;
    final TreeMap<TableName, View> views;
    private final Map<TableName, Set<TableName>> ownedSequences = new TreeMap<>();

    SchemaDraft(Schema schema) {
        tables = new TreeMap<>(schema.tablesByName());
        sequences = new TreeMap<>(schema.sequencesByName());
        enums = new TreeMap<>(schema.enumsByName());
        namespaces = new TreeSet<>(schema.namespaces());
        views = new TreeMap<>(schema.viewsByName());
        sequences.values().forEach(this::indexOwner);
    }

    Schema toSchema() {
        return new Schema(tables, sequences, enums, namespaces, views);
    }

    /** Adds {@code sequence}, or replaces the sequence of its name. */
    void putSequence(Sequence sequence) {
        removeSequence(sequence.name());
        sequences.put(sequence.name(), sequence);
        indexOwner(sequence);
    }

    void removeSequence(TableName name) {
        Sequence old = sequences.remove(name);
        if (old != null && old.owner() != null) {
            Set<TableName> owned = ownedSequences.get(old.owner().table());
            owned.remove(name);
            if (owned.isEmpty()) {
                ownedSequences.remove(old.owner().table());
            }
        }
    }

    /** The sequences owned by a column of {@code table} (any column: {@code column} null), sorted. */
    SortedSet<TableName> ownedBy(TableName table, String column) {
        SortedSet<TableName> out = new TreeSet<>();
        for (TableName name : ownedSequences.getOrDefault(table, Set.of())) {
            if (column == null || sequences.get(name).owner().column().equals(column)) {
                out.add(name);
            }
        }
        return out;
    }

    private void indexOwner(Sequence sequence) {
        if (sequence.owner() != null) {
            ownedSequences.computeIfAbsent(sequence.owner().table(), t -> new TreeSet<>()).add(sequence.name());
        }
    }
}
