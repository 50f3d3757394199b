package dev.autogen.diff;

import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.CreateView;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropView;
import dev.autogen.operation.Operation;
import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import dev.autogen.schema.ViewUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the diff does about views. A view is the database's own unless an {@code @View} entity
 * defines it: a view the entities do not define is never created, changed or dropped for its own
 * sake, and an entity mapped to an existing view ({@code @Immutable @Table(name = "a_view")}) is
 * not a table to add. But PostgreSQL refuses to change the type of a column that a view reads, so
 * a plan that does drops the views that read it (and the views that read those) first, in
 * dependency order, and recreates them last with the definitions the database had: the downgrade,
 * the same plan inverted and reversed, does the same around the reverse change.
 *
 * <p>Dropping a column or a table that a view reads cannot be wrapped so (the recreated view would
 * read what is gone): {@link #blocked} names them, and {@code autogen -m} refuses to write such a
 * migration.
 */
public final class Views {

    private Views() {
    }

    /**
     * The desired schema without the tables that are views in the current one (entities mapped to
     * an existing view) and without the foreign keys that reference a view (PostgreSQL has none).
     */
    static Schema withoutMappedViews(Schema current, Schema desired) {
        Schema out = desired;
        for (Table table : desired.tables()) {
            if (current.view(table.name()).isPresent()) {
                out = out.without(table.name());
            }
        }
        for (Table table : out.tables()) {
            if (table.foreignKeys().stream().anyMatch(fk -> isView(fk.referencedTable(), current, desired))) {
                out = out.with(table.withForeignKeys(fks -> {
                    fks.removeIf(fk -> isView(fk.referencedTable(), current, desired));
                    return fks;
                }));
            }
        }
        return out;
    }

    private static boolean isView(TableName name, Schema current, Schema desired) {
        return current.view(name).isPresent() || desired.view(name).isPresent();
    }

    /**
     * {@code ops} with the views they need dropped first and created last: the {@code @View} views
     * that are new or whose definition changed, and the current views that read a column whose type
     * {@code ops} change (or that read those views), each recreated with its current definition.
     */
    static List<Operation> around(Schema current, Schema desired, List<Operation> ops) {
        Map<TableName, View> created = new TreeMap<>();
        Set<TableName> dropped = new TreeSet<>();
        for (View wanted : desired.views()) {
            Optional<View> existing = current.view(wanted.name());
            if (existing.isEmpty()) {
                created.put(wanted.name(), wanted);
            } else if (!existing.get().sameDefinition(wanted)) {
                created.put(wanted.name(), wanted);
                dropped.add(wanted.name());
            }
        }
        for (Operation op : ops) {
            for (ViewUse changed : retyped(op)) {
                current.views().stream().filter(v -> v.reads(changed.relation(), changed.column()))
                        .forEach(v -> dropped.add(v.name()));
            }
        }
        closeOverReaders(current, dropped);
        if (created.isEmpty() && dropped.isEmpty()) {
            return ops;
        }
        for (TableName name : dropped) {
            created.putIfAbsent(name, current.view(name).orElseThrow());
        }
        List<Operation> out = new ArrayList<>();
        List<View> drops = inCreationOrder(dropped.stream().map(n -> current.view(n).orElseThrow()).toList());
        for (int i = drops.size() - 1; i >= 0; i--) {
            out.add(new DropView(drops.get(i)));
        }
        out.addAll(ops);
        inCreationOrder(created.values()).forEach(v -> out.add(new CreateView(v)));
        return List.copyOf(out);
    }

    /**
     * The changes in {@code upgrade} that no view can be kept around: a column dropped, or a table
     * dropped, that a view which stays reads. One line each, naming the view and what it reads.
     */
    public static List<String> blocked(Schema current, List<Operation> upgrade) {
        Set<TableName> droppedViews = new TreeSet<>();
        upgrade.stream().filter(DropView.class::isInstance).forEach(op -> droppedViews.add(op.table()));
        List<String> out = new ArrayList<>();
        for (Operation op : upgrade) {
            for (View view : current.views()) {
                if (droppedViews.contains(view.name())) {
                    continue;
                }
                if (op instanceof DropColumn drop && view.reads(drop.table(), drop.column().name())) {
                    out.add("view " + view.name() + " reads column " + drop.table() + "." + drop.column().name()
                            + ", which the entities no longer map");
                } else if (op instanceof DropTable drop && view.readsRelation(drop.table())) {
                    out.add("view " + view.name() + " reads table " + drop.table() + ", which the entities no longer map");
                }
            }
        }
        return out;
    }

    /** The columns whose type {@code op} changes: an altered type, or an enum type recreated one way or the other. */
    private static List<ViewUse> retyped(Operation op) {
        if (op instanceof AlterColumn alter && !alter.from().type().equals(alter.to().type())) {
            return List.of(new ViewUse(alter.table(), alter.from().name()));
        }
        if (op instanceof AlterEnum alter && !alter.from().equals(alter.to())) {
            List<ViewUse> out = new ArrayList<>();
            for (EnumColumn column : alter.columns()) {
                out.add(new ViewUse(column.table(), column.column()));
            }
            return out;
        }
        return List.of();
    }

    /** Adds to {@code dropped} every current view that reads one of them, until none is left out. */
    private static void closeOverReaders(Schema current, Set<TableName> dropped) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View view : current.views()) {
                if (!dropped.contains(view.name()) && dropped.stream().anyMatch(view::readsRelation)) {
                    dropped.add(view.name());
                    grew = true;
                }
            }
        }
    }

    /**
     * The views in an order where each comes after the views it reads; otherwise by name. What a
     * view reads is known from the database; for a view only an entity defines ({@code @View}),
     * the other views whose names its query mentions as words.
     */
    static List<View> inCreationOrder(java.util.Collection<View> views) {
        Map<TableName, View> byName = new TreeMap<>();
        views.forEach(v -> byName.put(v.name(), v));
        Map<TableName, View> out = new LinkedHashMap<>();
        for (View view : byName.values()) {
            visit(view, byName, out, new TreeSet<>());
        }
        return List.copyOf(out.values());
    }

    private static Set<TableName> reads(View view, Set<TableName> others) {
        Set<TableName> out = new TreeSet<>();
        view.uses().forEach(u -> out.add(u.relation()));
        if (view.uses().isEmpty()) {
            for (TableName other : others) {
                if (!other.equals(view.name()) && java.util.regex.Pattern.compile(
                        "(?i)(?<![\\w$])" + java.util.regex.Pattern.quote(other.name()) + "(?![\\w$])")
                        .matcher(view.definition()).find()) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    private static void visit(View view, Map<TableName, View> byName, Map<TableName, View> out, Set<TableName> path) {
        if (out.containsKey(view.name()) || !path.add(view.name())) {
            return;
        }
        for (TableName relation : reads(view, byName.keySet())) {
            View read = byName.get(relation);
            if (read != null) {
                visit(read, byName, out, path);
            }
        }
        out.put(view.name(), view);
    }
}
