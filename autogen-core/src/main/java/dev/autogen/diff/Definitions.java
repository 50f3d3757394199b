package dev.autogen.diff;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** What makes two constraints the same constraint: their definition, never their name. */
final class Definitions {

    private Definitions() {
    }

    /**
     * A foreign key is a set of (column, referenced column) pairs: the order it lists them in
     * follows the referenced key's order (Hibernate reorders them so), and changes nothing else;
     * only {@link KeyOrder#EXACT} compares the lists as they are.
     */
    static Object of(ForeignKey fk, KeyOrder order) {
        if (order == KeyOrder.EXACT) {
            return List.of(fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete());
        }
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            pairs.add(List.of(fk.columns().get(i),
                    i < fk.referencedColumns().size() ? fk.referencedColumns().get(i) : ""));
        }
        pairs.sort((a, b) -> (a.get(0) + '\0' + a.get(1)).compareTo(b.get(0) + '\0' + b.get(1)));
        return List.of(pairs, fk.referencedTable(), fk.onDelete());
    }

    /** Keys, uniqueness, method, included columns, nulls distinct and predicate: all but the name. */
    static Object of(Index index) {
        return index.withName("");
    }

    /** Whether a current unique constraint is the desired one of {@code desiredTable}, by {@code order}. */
    static boolean sameUnique(UniqueConstraint current, UniqueConstraint desired, Table desiredTable, KeyOrder order) {
        return order.same(current.columns(), desired.columns(), desiredTable);
    }

    static boolean samePrimaryKey(PrimaryKey from, PrimaryKey to, Table desiredTable, KeyOrder order) {
        if (from == null || to == null) {
            return from == to;
        }
        return order.same(from.columns(), to.columns(), desiredTable);
    }
}
