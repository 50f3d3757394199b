package dev.autogen.codegen;

import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a migration's {@code upgrade()} does, for the reviewer who reads its Javadoc first: one line
 * per operation in the words {@code autogen -m} and {@code show} use, each with the notes (data
 * lost, locks taken) the code carries above it. A long migration, an initial schema of hundreds of
 * tables, lists its first {@link #LISTED} operations and then only those with notes.
 */
final class UpgradeSummary {

    /** Operations listed before only those with notes are. */
    static final int LISTED = 40;

    /**
     * One line of the summary.
     *
     * @param text  the operation in plain words, or for {@code more} how many were left out
     * @param notes what the reviewer should know about it
     * @param more  whether this line stands for operations left out
     */
    record Line(String text, List<String> notes, boolean more) {
    }

    private UpgradeSummary() {
    }

    static List<Line> of(MigrationSpec spec) {
        Predicate<Operation> existing = onExistingTable(spec.upgrade());
        List<Line> lines = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < spec.upgrade().size(); i++) {
            Operation operation = spec.upgrade().get(i);
            List<String> notes = spec.notes().of(operation, existing.test(operation)).stream()
                    .map(note -> note.replaceAll("\\s+", " ").strip()).toList();
            if (i >= LISTED && notes.isEmpty()) {
                skipped++;
                continue;
            }
            if (skipped > 0) {
                lines.add(more(skipped));
                skipped = 0;
            }
            lines.add(new Line(OperationSummary.of(operation), notes, false));
        }
        if (skipped > 0) {
            lines.add(more(skipped));
        }
        return lines;
    }

    /** Whether an operation works on a table that exists before the migration, one it does not create. */
    static Predicate<Operation> onExistingTable(List<Operation> operations) {
        Set<TableName> created = new HashSet<>();
        operations.stream().filter(op -> op instanceof CreateTable).forEach(op -> created.add(op.table()));
        return op -> op.table() != null && !created.contains(op.table());
    }

    private static Line more(int count) {
        return new Line("... and " + count + " more operation" + (count == 1 ? "" : "s") + " without notes, in upgrade()",
                List.of(), true);
    }
}
