package dev.autogen.diff;

import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Likely renames: a table that goes away while one with the same columns appears in the same
 * schema, or, in a table that stays, the only column of a type that goes away while the only
 * column of that type appears. Only suggestions: a rename is applied when the user says so,
 * otherwise the diff drops and adds, and the migration says which rename it suspects.
 */
public final class RenameDetector {

    private RenameDetector() {
    }

    public static List<Operation> likely(Schema current, Schema desired) {
        List<Operation> out = new ArrayList<>();
        List<Table> gone = current.tables().stream().filter(t -> desired.table(t.name()).isEmpty()).toList();
        List<Table> come = desired.tables().stream().filter(t -> current.table(t.name()).isEmpty()).toList();
        // the new tables by schema and columns, once: a look-up per table gone rather than a scan of every pair
        Map<List<Object>, List<Table>> comeByShape = new HashMap<>();
        for (Table table : come) {
            comeByShape.computeIfAbsent(shape(table), k -> new ArrayList<>()).add(table);
        }
        for (Table old : gone) {
            List<Table> same = comeByShape.getOrDefault(shape(old), List.of());
            if (same.size() == 1) {
                out.add(new RenameTable(old.name(), same.get(0).name().name()));
            }
        }
        for (Table from : current.tables()) {
            desired.table(from.name()).ifPresent(to -> columns(from, to, out));
        }
        return out;
    }

    private static void columns(Table from, Table to, List<Operation> out) {
        List<Column> dropped = from.columns().stream().filter(c -> to.column(c.name()).isEmpty()).toList();
        List<Column> added = to.columns().stream().filter(c -> from.column(c.name()).isEmpty()).toList();
        for (Column old : dropped) {
            List<Column> sameTypeDropped = dropped.stream().filter(c -> c.type().equals(old.type())).toList();
            List<Column> sameTypeAdded = added.stream().filter(c -> c.type().equals(old.type())).toList();
            if (sameTypeDropped.size() == 1 && sameTypeAdded.size() == 1) {
                out.add(new RenameColumn(from.name(), old.name(), sameTypeAdded.get(0).name()));
            }
        }
    }

    /** What a renamed table keeps: its schema and its columns (names and types, in any order). */
    private static List<Object> shape(Table table) {
        return Arrays.asList(table.name().schema(), columnsOf(table));
    }

    private static List<String> columnsOf(Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).sorted(Comparator.naturalOrder()).toList();
    }
}
