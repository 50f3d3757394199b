package dev.autogen.diff;

import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The note an operation carries in the generated migration when it gives a name the diff chose
 * instead of the entities' (a collision, {@link NameChoice}).
 *
 * <pre>{@code
 * // named ix_created_1, not ix_created: index ix_created of invoice has the name ix_created, ...
 * }</pre>
 */
public final class NameChoiceNotes {

    private final List<NameChoice> choices;

    public NameChoiceNotes(List<NameChoice> choices) {
        this.choices = List.copyOf(choices);
    }

    public List<String> of(Operation op) {
        List<String> names = named(op);
        List<String> notes = new ArrayList<>();
        for (NameChoice choice : choices) {
            if (choice.table().equals(op.table()) && names.contains(choice.chosen())) {
                notes.add("named " + choice.chosen() + ", not " + choice.wanted() + ": " + choice.reason());
            }
        }
        return notes;
    }

    /** The names of relations (keys, indexes) that {@code op} gives. */
    private static List<String> named(Operation op) {
        if (op instanceof CreateIndex c) {
            return List.of(c.index().name());
        }
        if (op instanceof AddUnique a) {
            return List.of(a.unique().name());
        }
        if (op instanceof AddPrimaryKey a && a.primaryKey().name() != null) {
            return List.of(a.primaryKey().name());
        }
        if (op instanceof RenameIndex r) {
            return List.of(r.to());
        }
        if (op instanceof RenameConstraint r) {
            return List.of(r.to());
        }
        if (op instanceof CreateTable c) {
            List<String> out = new ArrayList<>(c.definition().uniques().stream().map(UniqueConstraint::name).toList());
            if (c.definition().primaryKey() != null && c.definition().primaryKey().name() != null) {
                out.add(c.definition().primaryKey().name());
            }
            return out;
        }
        return List.of();
    }
}
