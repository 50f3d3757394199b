package dev.autogen.operation;

import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Drops a sequence; carries its definition so the inverse can recreate it. */
public record DropSequence(Sequence sequence) implements Operation {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public TableName table() {
        return sequence.name();
    }

    @Override
    public Operation inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }
}
