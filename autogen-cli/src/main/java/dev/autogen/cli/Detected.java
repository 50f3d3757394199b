package dev.autogen.cli;

import dev.autogen.diff.Explanation;
import dev.autogen.diff.NameChoice;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.schema.Provenance;
import java.util.List;

/** Prints the operations a comparison found, one line each, with their explanation when asked. */
final class Detected {

    private Detected() {
    }

    static void print(Context context, List<Operation> operations, String prefix, boolean explain) {
        print(context, operations, Provenance.NONE, prefix, explain);
    }

    /** As above, explaining each operation by where the entities' side came from. */
    static void print(Context context, List<Operation> operations, Provenance provenance, String prefix,
                      boolean explain) {
        print(context, operations, provenance, List.of(), prefix, explain);
    }

    /**
     * As above, each operation followed by the names the diff chose for it because the entities'
     * were taken (always: they are part of what will happen).
     */
    static void print(Context context, List<Operation> operations, Provenance provenance, List<NameChoice> choices,
                      String prefix, boolean explain) {
        String indent = " ".repeat(prefix.length() + 2);
        for (Operation op : operations) {
            context.out().println(prefix + context.style().operation(op, OperationSummary.of(op)));
            if (explain) {
                Explanation.of(op, provenance).forEach(line -> context.out().println(indent + line));
            }
        }
        for (NameChoice choice : choices) {
            context.out().println(prefix + "Renamed to avoid a name collision: " + choice.describe());
        }
    }
}
