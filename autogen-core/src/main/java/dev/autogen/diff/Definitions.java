package dev.autogen.diff;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import java.util.List;

/** What makes two constraints the same constraint: their definition, never their name. */
final class Definitions {

    private Definitions() {
    }

    static Object of(ForeignKey fk) {
        return List.of(fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete());
    }

    /** Keys, uniqueness, method, included columns, nulls distinct and predicate: all but the name. */
    static Object of(Index index) {
        return index.withName("");
    }

    static boolean samePrimaryKey(PrimaryKey from, PrimaryKey to) {
        if (from == null || to == null) {
            return from == to;
        }
        return from.columns().equals(to.columns());
    }
}
