package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Op;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RunListener.Direction;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * What a migration's {@code op.*} calls build, recorded without running anything: for offline SQL,
 * {@code autogen show}, and the operations the runner commits first. Recording stops at the first
 * {@code op.connection()}, since what follows may depend on its JDBC work.
 *
 * @param operations      the operations built, in order, up to any JDBC call
 * @param stoppedAtJdbc   whether the migration called {@code op.connection()}
 */
public record Recording(List<Operation> operations, boolean stoppedAtJdbc) {

    public Recording {
        operations = List.copyOf(operations);
    }

    public static Recording of(MigrationScript script, Direction direction) {
        List<Operation> ops = new ArrayList<>();
        Op op = new Op(new Op.Sink() {
            @Override
            public void accept(Operation operation) {
                ops.add(operation);
            }

            @Override
            public Connection connection() {
                throw new StoppedAtJdbc();
            }
        });
        try {
            if (direction == Direction.UPGRADE) {
                script.instantiate().upgrade(op);
            } else {
                script.instantiate().downgrade(op);
            }
        } catch (StoppedAtJdbc stopped) {
            return new Recording(ops, true);
        } catch (AutogenException e) {
            throw e;
        } catch (Exception e) {
            throw new AutogenException("migration " + script.revision() + " (" + script.origin() + ") failed while "
                    + "being recorded: " + e.getMessage(), e);
        }
        return new Recording(ops, false);
    }

    /** Thrown into a migration at its first JDBC call. */
    private static final class StoppedAtJdbc extends RuntimeException {
        StoppedAtJdbc() {
            super(null, null, false, false);
        }
    }
}
