package dev.autogen.diff;

import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changes in the sequences and schemas (namespaces) between two schemas, in name order.
 *
 * <p>A sequence's start is not compared: on an existing sequence it only acts on {@code RESTART}.
 * Its owner ({@code OWNED BY}, a {@code serial} column's) is compared only where the desired
 * schema names one (entities never do). Operations carry sequences as generated code can write
 * them (no {@link Sequence#nextValueDefault()}); a sequence is created without its owner and owned
 * once the tables exist, and disowned before its owner column goes, so that the downgrade recreates
 * it before the column default that uses it and owns it again after.
 */
final class Sequences {

    private Sequences() {
    }

    /** Sequences of {@code current} that {@code desired} does not have and that no identity column still takes values from. */
    static List<Sequence> dropped(Schema current, Schema desired, SequenceColumns columns) {
        return current.sequences().stream().filter(q -> desired.sequence(q.name()).isEmpty())
                .filter(q -> !columns.servesIdentity(q)).toList();
    }

    /** Sequences of {@code desired} that {@code current} does not have. */
    static List<Sequence> created(Schema current, Schema desired) {
        return desired.sequences().stream().filter(q -> current.sequence(q.name()).isEmpty()).toList();
    }

    /** The sequence as an operation carries it. */
    static Sequence written(Sequence sequence) {
        return new Sequence(sequence.name(), sequence.start(), sequence.increment(), sequence.owner(), null);
    }

    /** The sequence as it is created or dropped: {@link #written} and owned by nothing. */
    static Sequence unowned(Sequence sequence) {
        return written(sequence).withOwner(null);
    }

    /**
     * Disowning before the drops: sequences that go away, and those whose owner column goes away
     * (with its table or alone) while they stay, since dropping the owner would drop them.
     * {@code dropped} is {@link #dropped} of the same schemas.
     */
    static List<Operation> disowned(Schema current, Schema desired, List<Sequence> dropped) {
        Set<Sequence> goes = new HashSet<>(dropped);
        return current.sequences().stream().filter(q -> q.owner() != null)
                .filter(q -> goes.contains(q) || desired.sequence(q.name()).isPresent()
                        && !columnStays(q.owner(), current, desired))
                .map(q -> (Operation) new AlterSequence(written(q), unowned(q)))
                .toList();
    }

    /** Increments that differ, owners that the desired schema names and differ, and owners of created sequences. */
    static List<Operation> altered(Schema current, Schema desired) {
        List<Operation> ops = new java.util.ArrayList<>();
        for (Sequence wanted : desired.sequences()) {
            Optional<Sequence> existing = current.sequence(wanted.name());
            if (existing.isEmpty()) {
                if (wanted.owner() != null) {
                    ops.add(new AlterSequence(unowned(wanted), written(wanted)));
                }
                continue;
            }
            Sequence from = written(existing.get());
            boolean ownerGone = from.owner() != null && !columnStays(from.owner(), current, desired);
            if (ownerGone) {
                from = from.withOwner(null);
            }
            Sequence to = new Sequence(wanted.name(), from.start(), wanted.increment(),
                    wanted.owner() != null ? wanted.owner() : from.owner(), null);
            if (!to.equals(from)) {
                ops.add(new AlterSequence(from, to));
            }
        }
        return ops;
    }

    /** Whether the owner column is in both schemas. */
    private static boolean columnStays(Sequence.Owner owner, Schema current, Schema desired) {
        return has(current, owner) && has(desired, owner);
    }

    private static boolean has(Schema schema, Sequence.Owner owner) {
        return schema.table(owner.table()).flatMap(t -> t.column(owner.column())).map(Column::name).isPresent();
    }

    /** Schemas (namespaces) of {@code from} that {@code to} does not have. */
    static List<String> namespacesOnlyIn(Schema from, Schema to) {
        return from.namespaces().stream().filter(n -> !to.namespaces().contains(n)).toList();
    }
}
