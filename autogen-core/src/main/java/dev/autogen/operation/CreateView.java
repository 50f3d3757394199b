package dev.autogen.operation;

import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import java.util.Objects;

/**
 * Creates a view or materialized view from its full definition. The diff creates the views that
 * {@code @View} entities define, and recreates those it dropped around a change they block.
 */
public record CreateView(View view) implements Operation {

    public CreateView {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public TableName table() {
        return view.name();
    }

    @Override
    public Operation inverse() {
        return new DropView(view);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createView(this);
    }
}
