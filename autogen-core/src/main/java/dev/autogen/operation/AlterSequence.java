package dev.autogen.operation;

import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableName;
import java.util.Objects;

/** Changes a sequence's start value or increment from one definition to another of the same name. */
public record AlterSequence(Sequence from, Sequence to) implements Operation {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public TableName table() {
        return to.name();
    }

    @Override
    public Operation inverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }
}
