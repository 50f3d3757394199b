package dev.autogen.operation;

import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public TableName table() {
        return sequence.name();
    }

    @Override
    public Operation inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }
}
