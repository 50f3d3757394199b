package dev.autogen.operation;

import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import java.util.Objects;

/**
 * Drops a view or materialized view; carries its full definition so that the inverse recreates
 * it. The diff drops a view only to recreate it: around a column type change that it reads
 * (PostgreSQL refuses to change the type under a view), or when its {@code @View} query changed.
 */
public record DropView(View view) implements Operation {

    public DropView {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public TableName table() {
        return view.name();
    }

    @Override
    public Operation inverse() {
        return new CreateView(view);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropView(this);
    }
}
