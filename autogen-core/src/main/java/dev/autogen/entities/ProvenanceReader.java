package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import dev.autogen.entities.Attribute.Role;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Provenance.Aspect;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.UnionSubclass;
import org.hibernate.mapping.Value;

/**
 * Traces where each part of the desired schema came from by walking Hibernate's boot model as
 * {@link MetadataConverter} does, entity by entity and attribute by attribute (through embeddables,
 * inheritance, join columns, element collections and join tables), and reading each attribute's
 * annotations by reflection ({@link AttributeRules}). An entity whose classes cannot be read is
 * left out: its parts are then explained from their types alone.
 */
final class ProvenanceReader {

    private final Metadata metadata;
    private final StoredNames names;
    private final CheckReader checks;
    private final Provenance.Builder out = Provenance.builder();
    private final Map<ColumnRef, Attribute> attributes = new HashMap<>();
    private final Map<TableName, Class<?>> entityTables = new HashMap<>();
    private final Map<TableName, Attribute> collectionTables = new HashMap<>();

    ProvenanceReader(Metadata metadata, Dialect dialect, String defaultSchema) {
        this.metadata = metadata;
        this.names = new StoredNames(dialect, defaultSchema);
        this.checks = new CheckReader(names);
    }

    Provenance read() {
        List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
        entities.sort(Comparator.comparingInt((PersistentClass pc) -> pc.getSuperclassClosure().size())
                .thenComparing(PersistentClass::getEntityName));
        for (PersistentClass entity : entities) {
            try {
                entity(entity);
            } catch (RuntimeException | LinkageError e) {
                // unreadable by reflection (e.g. a dynamic-map entity): explained from types alone
            }
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (!table.isPhysicalTable()) {
                    continue;
                }
                try {
                    new TableRules(names, out, attributes::get, entityTables, collectionTables).elements(table, checks);
                } catch (RuntimeException | LinkageError e) {
                    // unreadable annotations: the table's keys are explained from their definitions alone
                }
            }
        }
        return out.build();
    }

    /** A column of a table, by stored names. */
    record ColumnRef(TableName table, String column) {
    }

    private void entity(PersistentClass pc) {
        Class<?> type = pc.getMappedClass();
        if (type == null) {
            return;
        }
        String name = type.getSimpleName();
        Table table = pc.getTable();
        PersistentClass parent = pc.getSuperclass();
        boolean ownTable = parent == null || parent.getTable() != table;
        if (ownTable) {
            TableName tableName = names.table(table);
            out.table(tableName, "@Entity " + name + tableAnnotation(type));
            entityTables.putIfAbsent(tableName, type);
        }
        boolean singleTableSubclass = !ownTable;
        if (parent == null || pc instanceof UnionSubclass) {
            PersistentClass root = pc.getRootClass();
            Table target = pc instanceof UnionSubclass ? table : null;
            identifier(root, type, name, target);
            if (root.getVersion() != null) {
                property(type, name, root.getVersion(), Role.VERSION, target, false);
            }
            if (pc instanceof UnionSubclass) {
                for (Property p : parent.getPropertyClosure()) {
                    property(type, name, p, Role.BASIC, table, false);
                }
            }
        }
        if (parent == null && pc.getDiscriminator() != null) {
            jakarta.persistence.DiscriminatorColumn declared = type.getAnnotation(
                    jakarta.persistence.DiscriminatorColumn.class);
            for (org.hibernate.mapping.Column column : pc.getDiscriminator().getColumns()) {
                out.column(names.table(table), names.column(column), Aspect.TYPE, declared != null
                        ? "@DiscriminatorColumn(name = \"" + declared.name() + "\") on " + name
                        : "the default discriminator column DTYPE of " + name);
            }
            columns(table, pc.getDiscriminator(), Attribute.synthetic(name, Role.DISCRIMINATOR), false);
        }
        if (pc instanceof JoinedSubclass) {
            Attribute key = Attribute.synthetic(name, Role.JOINED_KEY);
            columns(table, pc.getKey(), key, false);
            out.foreignKey(names.table(table), names.columns(pc.getKey().getColumns()),
                    "JOINED inheritance: " + name + " extends " + parent.getMappedClass().getSimpleName());
        }
        for (Property p : pc.getProperties()) {
            property(type, name, p, Role.BASIC, null, singleTableSubclass);
        }
        for (Join join : pc.getJoins()) {
            out.table(names.table(join.getTable()), "@SecondaryTable of " + name);
            for (Property p : join.getProperties()) {
                property(type, name, p, Role.BASIC, null, singleTableSubclass);
            }
        }
    }

    private void identifier(PersistentClass root, Class<?> type, String name, Table target) {
        Property id = root.getIdentifierProperty();
        if (id != null) {
            property(type, name, id, Role.ID, target, false);
        } else if (root.getIdentifier() instanceof Component idClass) {
            for (Property p : idClass.getProperties()) {
                property(type, name, p, Role.ID, target, false);
            }
        }
    }

    /**
     * Records the columns of one attribute of {@code owner} ({@code path} is how it is reached,
     * e.g. {@code Customer.address}); {@code target} overrides the table (TABLE_PER_CLASS copies).
     */
    private void property(Class<?> owner, String path, Property p, Role role, Table target, boolean singleTable) {
        Attribute a = Attribute.find(owner, p.getName(), path + "." + p.getName(), role);
        Value value = p.getValue();
        if (value instanceof Component component) {
            Class<?> embeddable = component.getComponentClass();
            for (Property sub : component.getProperties()) {
                property(embeddable, a.label(), sub, role, target, singleTable);
            }
            return;
        }
        if (value instanceof Collection collection) {
            collection(a, collection);
            return;
        }
        Table table = target != null ? target : value.getTable();
        Attribute columnsOf = value instanceof ToOne ? a.as(Role.JOIN, a.javaType()) : a;
        columns(table, value, columnsOf, singleTable);
        if (value instanceof ToOne && !value.getColumns().isEmpty()) {
            out.foreignKey(names.table(table), names.columns(value.getColumns()), AttributeRules.associationOn(a)
                    + onDelete(a));
        }
    }

    private void collection(Attribute a, Collection collection) {
        Table table = collection.getCollectionTable();
        String association = AttributeRules.associationOn(a);
        Value element = collection.getElement();
        if (!collection.isOneToMany()) {
            TableName tableName = names.table(table);
            out.table(tableName, association + (element instanceof ManyToOne ? ", its join table"
                    : ", its collection table"));
            collectionTables.putIfAbsent(tableName, a);
        }
        Value key = collection.getKey();
        columns(key.getTable(), key, a.as(Role.COLLECTION_KEY, Object.class), false);
        out.foreignKey(names.table(key.getTable()), names.columns(key.getColumns()), association
                + (collection.isOneToMany() ? ", its join column" : ", to its owner") + onDelete(a));
        boolean map = a.javaType() != null && java.util.Map.class.isAssignableFrom(a.javaType());
        if (element instanceof Component component) {
            for (Property sub : component.getProperties()) {
                property(component.getComponentClass(), a.label(), sub, Role.BASIC, table, false);
            }
        } else if (element instanceof ManyToOne) {
            columns(table, element, a.as(Role.ELEMENT, Object.class), false);
            out.foreignKey(names.table(table), names.columns(element.getColumns()), association + ", to its target");
        } else if (!(element instanceof OneToMany)) {
            columns(table, element, a.as(Role.ELEMENT, a.elementType(map ? 1 : 0)), false);
        }
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null
                && !(indexed.getIndex() instanceof Component)) {
            columns(table, indexed.getIndex(), a.as(Role.INDEX, map ? a.elementType(0) : Integer.class), false);
        }
    }

    private void columns(Table table, Value value, Attribute a, boolean singleTableSubclass) {
        TableName tableName = names.table(table);
        for (Selectable selectable : value.getSelectables()) {
            if (!(selectable instanceof org.hibernate.mapping.Column column)) {
                continue;
            }
            String name = names.column(column);
            if (attributes.putIfAbsent(new ColumnRef(tableName, name), a) != null) {
                continue;
            }
            out.attribute(tableName, name, a.label());
            String sqlType = sqlType(column);
            out.column(tableName, name, Aspect.TYPE, AttributeRules.type(a, column, sqlType));
            boolean inPrimaryKey = table.hasPrimaryKey() && table.getPrimaryKey().containsColumn(column);
            out.column(tableName, name, Aspect.NULLABILITY,
                    AttributeRules.nullability(a, column.isNullable(), inPrimaryKey, singleTableSubclass));
            if (column.getDefaultValue() != null) {
                out.column(tableName, name, Aspect.DEFAULT, AttributeRules.defaultValue(a));
            }
            if (column.getComment() != null) {
                out.column(tableName, name, Aspect.COMMENT, AttributeRules.comment(a));
            }
            out.column(tableName, name, Aspect.IDENTITY, AttributeRules.identity(a, column.isIdentity()));
            if (column.getGeneratedAs() != null) {
                out.column(tableName, name, Aspect.GENERATION, AttributeRules.generation(a));
            }
        }
    }

    private String sqlType(org.hibernate.mapping.Column column) {
        try {
            return column.getSqlType(metadata).toLowerCase(java.util.Locale.ROOT);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String onDelete(Attribute a) {
        org.hibernate.annotations.OnDelete onDelete = a.get(org.hibernate.annotations.OnDelete.class);
        return onDelete == null ? "" : ", with @OnDelete(action = " + onDelete.action() + ")";
    }

    private static String tableAnnotation(Class<?> type) {
        jakarta.persistence.Table table = type.getAnnotation(jakarta.persistence.Table.class);
        return table == null || table.name().isEmpty() ? "" : " (@Table(name = \"" + table.name() + "\"))";
    }
}
