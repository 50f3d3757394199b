package dev.autogen.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.IdentifierCollection;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/**
 * Who maps what onto each of Hibernate's tables: for every table, the entities, secondary tables
 * ({@code @SecondaryTable}) and collections ({@code @JoinTable}, {@code @CollectionTable}, a
 * {@code @OneToMany}'s join column) that put columns on it, each column as that owner declared it.
 * Hibernate keeps one {@link Column} per name in a table (the first one bound) and drops the
 * others silently, so the owners' own {@code Column} objects are the only record of what each
 * asked for.
 */
final class TableUses {

    /** One owner's column on a table: {@code owner} is {@code "entity Order"}, {@code "Book.authors (@JoinTable)"}... */
    record Use(String owner, Column column) {
    }

    /** One owner of a table and the primary key it asks for (null: none, e.g. a bag's join table). */
    record Owner(String label, List<Column> primaryKey) {
    }

    private final Map<Table, List<Use>> uses = new IdentityHashMap<>();
    private final Map<Table, Map<String, Owner>> owners = new IdentityHashMap<>();

    TableUses(Metadata metadata) {
        List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
        entities.sort(Comparator.comparing(PersistentClass::getEntityName));
        for (PersistentClass entity : entities) {
            String label = "entity " + simple(entity.getEntityName());
            boolean ownTable = entity.getSuperclass() == null || entity.getTable() != entity.getSuperclass().getTable();
            owner(entity.getTable(), label, ownTable ? entity.getKey().getColumns() : null);
            value(label, entity.getKey());
            if (entity.getDiscriminator() != null && entity.getSuperclass() == null) {
                value(label, entity.getDiscriminator());
            }
            java.util.Set<Property> joined = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            entity.getJoins().forEach(join -> joined.addAll(join.getProperties()));
            for (Property property : entity.getProperties()) {
                if (!joined.contains(property)) {
                    property(label, property);
                }
            }
            for (Join join : entity.getJoins()) {
                String secondary = label + " (@SecondaryTable " + join.getTable().getName() + ")";
                owner(join.getTable(), secondary, join.getKey().getColumns());
                value(secondary, join.getKey());
                for (Property property : join.getProperties()) {
                    property(secondary, property);
                }
            }
        }
        List<Collection> collections = new ArrayList<>(metadata.getCollectionBindings());
        collections.sort(Comparator.comparing(Collection::getRole));
        for (Collection collection : collections) {
            if (collection.isInverse()) {
                continue; // mappedBy: the owning side maps the same columns
            }
            String label = collectionLabel(collection);
            value(label, collection.getKey());
            if (collection.isOneToMany()) {
                continue; // the key is a column of the target entity's table, which that entity owns
            }
            owner(collection.getCollectionTable(), label, primaryKey(collection));
            value(label, collection.getElement());
            if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
                value(label, indexed.getIndex());
            }
            if (collection instanceof IdentifierCollection identified) {
                value(label, identified.getIdentifier());
            }
        }
    }

    /** Every owner's columns on {@code table}, in a fixed order (entities by name, then collections by role). */
    List<Use> uses(Table table) {
        return uses.getOrDefault(table, List.of());
    }

    /** The owners of {@code table}, in the same order. */
    List<Owner> owners(Table table) {
        return List.copyOf(owners.getOrDefault(table, Map.of()).values());
    }

    /** {@code "Book.authors (@JoinTable)"}: the collection's owner and attribute, and what made its table. */
    static String collectionLabel(Collection collection) {
        String role = collection.getRole();
        int dot = role.lastIndexOf('.');
        String attribute = simple(role.substring(0, dot)) + role.substring(dot);
        String kind = collection.isOneToMany() ? "@OneToMany"
                : collection.getElement() instanceof org.hibernate.mapping.ManyToOne ? "@JoinTable" : "@CollectionTable";
        return attribute + " (" + kind + ")";
    }

    static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    private void owner(Table table, String label, List<Column> primaryKey) {
        owners.computeIfAbsent(table, t -> new LinkedHashMap<>()).putIfAbsent(label, new Owner(label, primaryKey));
    }

    private void property(String label, Property property) {
        if (!(property.getValue() instanceof Collection)) {
            value(label, property.getValue());
        }
    }

    private void value(String label, Value value) {
        if (value == null || value.getTable() == null) {
            return;
        }
        List<Use> list = uses.computeIfAbsent(value.getTable(), t -> new ArrayList<>());
        for (Column column : value.getColumns()) {
            if (list.stream().noneMatch(u -> u.column() == column && u.owner().equals(label))) {
                list.add(new Use(label, column));
            }
        }
        if (value instanceof org.hibernate.mapping.Component component) {
            for (Property nested : component.getProperties()) {
                if (nested.getValue().getTable() != value.getTable()) {
                    property(label, nested);
                }
            }
        }
    }

    /** The primary key a collection table asks for: a set's key and elements, a list's or map's key and index, an idbag's id. */
    private static List<Column> primaryKey(Collection collection) {
        List<Column> columns = new ArrayList<>(collection.getKey().getColumns());
        if (collection instanceof IdentifierCollection identified) {
            return identified.getIdentifier().getColumns();
        }
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
            columns.addAll(indexed.getIndex().getColumns());
            return columns;
        }
        if (collection.isSet()) {
            for (Column column : collection.getElement().getColumns()) {
                if (column.isNullable()) {
                    return null; // Hibernate makes it a unique key instead
                }
            }
            columns.addAll(collection.getElement().getColumns());
            return columns;
        }
        return null; // a bag: no key
    }
}
