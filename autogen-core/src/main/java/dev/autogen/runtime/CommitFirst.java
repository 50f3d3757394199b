package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RunListener.Direction;
import java.util.List;

/**
 * The operations of a transactional migration that must commit before the rest of it can use
 * what they create (PostgreSQL: a value added to an enum type cannot be used in the transaction
 * that added it). The runner commits them first, on their own; the dialect renders them so that
 * running them again is harmless ({@code ADD VALUE IF NOT EXISTS}), so a failure later in the
 * migration leaves only an unused, additive change behind and the next run succeeds.
 */
final class CommitFirst {

    private CommitFirst() {
    }

    /**
     * The operations of a transactional migration to commit first: those the dialect says so of,
     * preceded, when there are any, by the session settings of the migration (a lock timeout),
     * which must bound their waits too.
     */
    static List<Operation> select(List<Operation> operations, Dialect dialect) {
        List<Operation> first = operations.stream().filter(dialect::commitsFirst).toList();
        if (first.isEmpty()) {
            return first;
        }
        List<Operation> out = new java.util.ArrayList<>(operations.stream()
                .filter(op -> !dialect.sessionReset(op).isEmpty()).toList());
        out.addAll(first);
        return out;
    }

    /** Such operations, found by recording the migration up to any JDBC call. */
    static List<Operation> of(MigrationScript script, Direction direction, Dialect dialect) {
        if (!script.transactional()) {
            return List.of();
        }
        try {
            return select(Recording.of(script, direction).operations(), dialect);
        } catch (dev.autogen.AutogenException recordingFailed) {
            return List.of(); // the migration will fail for itself when it runs, with its own message
        }
    }
}
