package dev.autogen.diff;

import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import java.util.List;

/** What changes in the sequences and schemas (namespaces) between two schemas, in name order. */
final class Sequences {

    private Sequences() {
    }

    /** Sequences of {@code from} that {@code to} does not have. */
    static List<Sequence> dropped(Schema from, Schema to) {
        return from.sequences().stream().filter(q -> to.sequence(q.name()).isEmpty()).toList();
    }

    static List<Operation> altered(Schema from, Schema to) {
        return from.sequences().stream()
                .filter(q -> to.sequence(q.name()).filter(wanted -> !wanted.equals(q)).isPresent())
                .map(q -> (Operation) new AlterSequence(q, to.sequence(q.name()).orElseThrow()))
                .toList();
    }

    /** Schemas (namespaces) of {@code from} that {@code to} does not have. */
    static List<String> namespacesOnlyIn(Schema from, Schema to) {
        return from.namespaces().stream().filter(n -> !to.namespaces().contains(n)).toList();
    }
}
