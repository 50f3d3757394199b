package dev.autogen.codegen;

import dev.autogen.api.Op;
import dev.autogen.operation.Operation;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** An {@link Op.Sink} that keeps the operations a migration builds, in order. */
final class RecordingSink implements Op.Sink {

    final List<Operation> operations = new ArrayList<>();

    @Override
    public void accept(Operation operation) {
        operations.add(operation);
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("a recording op has no connection");
    }
}
