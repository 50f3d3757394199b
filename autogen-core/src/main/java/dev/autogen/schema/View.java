package dev.autogen.schema;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A view or materialized view: its name, its defining query as the database prints it
 * ({@code pg_get_viewdef}: a {@code SELECT} without the trailing semicolon), and the columns and
 * relations it reads, sorted. Only introspection knows what a view reads; a view the entities
 * define ({@code @View}) reads nothing that autogen knows of, and is compared by
 * {@link #sameDefinition}.
 *
 * <pre>{@code View.of("order_totals", "SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id")}</pre>
 */
public record View(TableName name, String definition, boolean materialized, SortedSet<ViewUse> uses) {

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        uses = Collections.unmodifiableSortedSet(new TreeSet<>(uses));
    }

    /** A plain view that reads nothing autogen knows of. */
    public static View of(String name, String definition) {
        return new View(TableName.parse(name), definition, false, new TreeSet<>());
    }

    /**
     * This view recorded as reading {@code columns} of {@code relation}, or with no columns the
     * relation as a whole: {@code view("totals", "SELECT ...").using("orders", "customer_id", "total")}.
     */
    public View using(String relation, String... columns) {
        Set<ViewUse> more = new TreeSet<>(uses);
        TableName table = TableName.parse(relation);
        if (columns.length == 0) {
            more.add(new ViewUse(table, null));
        }
        for (String column : columns) {
            more.add(new ViewUse(table, column));
        }
        return withUses(more);
    }

    /** This view with {@code value} as what it reads. */
    public View withUses(Set<ViewUse> value) {
        return new View(name, definition, materialized, new TreeSet<>(value));
    }

    /** This view under another name, everything else kept. */
    public View withName(TableName value) {
        return new View(value, definition, materialized, uses);
    }

    /** Whether the view reads {@code column} of {@code table}. */
    public boolean reads(TableName table, String column) {
        return uses.stream().anyMatch(u -> u.reads(table, column));
    }

    /** Whether the view reads anything of {@code relation}: one of its columns or the relation as a whole. */
    public boolean readsRelation(TableName relation) {
        return uses.stream().anyMatch(u -> u.relation().equals(relation));
    }

    /** Whether the two create the same thing: same name, kind and definition (what each reads follows from those). */
    public boolean sameDefinition(View other) {
        return name.equals(other.name) && materialized == other.materialized && definition.equals(other.definition);
    }
}
