package dev.autogen.workflow;

import dev.autogen.dialect.Dialect;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.Recording;
import dev.autogen.runtime.RunListener;
import java.util.List;

/**
 * A migration as its reviewer reads it, without a database: its header, and for each direction the
 * operations in plain words with the SQL each runs. Built from what the migration's {@code op.*}
 * calls record, rendered by the same dialect the runner and {@code --sql} use.
 *
 * @param revision      the full revision id
 * @param message       the message it was made with
 * @param parents       its parents' ids; empty for a first migration
 * @param origin        where it came from: its source file relative to the project, or its class
 * @param transactional whether it runs in one transaction
 * @param upgrade       what {@code upgrade()} does
 * @param downgrade     what {@code downgrade()} does
 */
public record MigrationReview(String revision, String message, List<String> parents, String origin,
                              boolean transactional, Body upgrade, Body downgrade) {

    public MigrationReview {
        parents = List.copyOf(parents);
    }

    /**
     * The operations of one direction.
     *
     * @param changes       one per operation, in the order they run
     * @param stoppedAtJdbc whether the code goes on with JDBC through {@code op.connection()}, which
     *                      cannot be shown without running it
     */
    public record Body(List<Change> changes, boolean stoppedAtJdbc) {

        public Body {
            changes = List.copyOf(changes);
        }

        /** Every statement of the direction, in order. */
        public List<String> statements() {
            return Change.statements(changes);
        }
    }

    /** One operation: {@code add column 'orders.note' text}, and the statements it runs. */
    public record Change(String summary, List<String> sql) {

        public Change {
            sql = List.copyOf(sql);
        }

        public static Change of(Operation operation, Dialect dialect) {
            return new Change(OperationSummary.of(operation), dialect.render(operation));
        }

        /** Every statement of {@code changes}, in order. */
        public static List<String> statements(List<Change> changes) {
            return changes.stream().flatMap(change -> change.sql().stream()).toList();
        }
    }

    public static MigrationReview of(MigrationScript script, Dialect dialect) {
        return new MigrationReview(script.revision(), script.message(), script.parents(), script.origin(),
                script.transactional(), body(script, RunListener.Direction.UPGRADE, dialect),
                body(script, RunListener.Direction.DOWNGRADE, dialect));
    }

    private static Body body(MigrationScript script, RunListener.Direction direction,
                                       Dialect dialect) {
        Recording recording = Recording.of(script, direction);
        return new Body(recording.operations().stream().map(op -> Change.of(op, dialect)).toList(),
                recording.stoppedAtJdbc());
    }
}
