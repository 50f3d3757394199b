package dev.autogen.workflow;

import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameTable;
import java.util.List;

/** The note a drop carries when autogen suspects a rename it was not told about. */
final class RenameHints {

    private final List<Operation> suggested;

    RenameHints(List<Operation> suggested) {
        this.suggested = suggested;
    }

    List<String> of(Operation op) {
        for (Operation rename : suggested) {
            if (op instanceof DropColumn drop && rename instanceof RenameColumn r && r.table().equals(drop.table())
                    && r.from().equals(drop.column().name())) {
                return List.of("likely renamed to " + r.to() + ": to keep the data, generate again with --rename "
                        + r.table() + "." + r.from() + "=" + r.to());
            }
            if (op instanceof DropTable drop && rename instanceof RenameTable r && r.from().equals(drop.table())) {
                return List.of("likely renamed to " + r.renamed() + ": to keep the rows, generate again with "
                        + "--rename-table " + r.from() + "=" + r.to());
            }
        }
        return List.of();
    }
}
