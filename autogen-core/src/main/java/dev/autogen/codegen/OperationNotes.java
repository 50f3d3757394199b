package dev.autogen.codegen;

import dev.autogen.operation.Operation;
import java.util.List;

/**
 * Comments a generated migration puts above an operation for its reviewer: data it loses, locks
 * it takes. {@code existingTable} is false when the same body creates the table, which then holds
 * no rows yet.
 */
@FunctionalInterface
public interface OperationNotes {

    OperationNotes NONE = (operation, existingTable) -> List.of();

    List<String> of(Operation operation, boolean existingTable);
}
