package dev.autogen.runtime;

import dev.autogen.api.Op;
import dev.autogen.dialect.Dialect;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RunListener.Direction;
import java.sql.Connection;
import java.util.ArrayList;
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

    /** Such operations, found by recording the migration; none when it runs JDBC code before them. */
    static List<Operation> of(MigrationScript script, Direction direction, Dialect dialect) {
        if (!script.transactional()) {
            return List.of();
        }
        List<Operation> recorded = new ArrayList<>();
        Op op = new Op(new Op.Sink() {
            @Override
            public void accept(Operation operation) {
                recorded.add(operation);
            }

            @Override
            public Connection connection() {
                throw new IllegalStateException("recording only");
            }
        });
        try {
            if (direction == Direction.UPGRADE) {
                script.instantiate().upgrade(op);
            } else {
                script.instantiate().downgrade(op);
            }
        } catch (Exception recordingStopped) {
            // what was recorded before the JDBC call is all that can be known in advance
        }
        return recorded.stream().filter(dialect::commitsFirst).toList();
    }
}
