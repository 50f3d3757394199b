package dev.autogen.entities;

import dev.autogen.entities.ProvenanceReader.ColumnRef;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.TableName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToOne;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.NaturalId;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * What asked for a table's unique constraints, indexes and checks: {@code @Table(uniqueConstraints,
 * indexes, check)} on the entity (or {@code @JoinTable}/{@code @CollectionTable} on the collection),
 * else the annotations of the one attribute whose column it covers.
 */
final class TableRules {

    private final StoredNames names;
    private final Provenance.Builder out;
    private final Function<ColumnRef, Attribute> attributes;
    private final Map<TableName, Class<?>> entityTables;
    private final Map<TableName, Attribute> collectionTables;

    TableRules(StoredNames names, Provenance.Builder out, Function<ColumnRef, Attribute> attributes,
               Map<TableName, Class<?>> entityTables, Map<TableName, Attribute> collectionTables) {
        this.names = names;
        this.out = out;
        this.attributes = attributes;
        this.entityTables = entityTables;
        this.collectionTables = collectionTables;
    }

    void elements(org.hibernate.mapping.Table table, CheckReader checks) {
        TableName name = names.table(table);
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> columns = names.columns(key.getColumns());
            out.unique(name, columns, unique(name, key.getName(), columns));
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique()) {
                List<String> columns = List.of(names.column(column));
                out.unique(name, columns, unique(name, null, columns));
            }
        }
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            out.index(name, names.constraint(index.getName()), index(name, index));
        }
        checks.checks(table, (check, column) -> out.check(name, check.name(), column == null ? tableCheck(name)
                : columnCheck(name, names.column(column))));
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            List<String> columns = names.columns(fk.getColumns());
            String mapsId = mapsId(entityTables.get(name), fk.getReferencedEntityName());
            out.foreignKey(name, columns, mapsId != null ? mapsId
                    : "a foreign key Hibernate adds on " + name + columns + " to " + fk.getReferencedEntityName());
        }
    }

    /** {@code "@MapsId on UserProfile.account"}: an association that shares the primary key, not in the model's properties. */
    private static String mapsId(Class<?> owner, String referencedEntity) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(jakarta.persistence.MapsId.class)
                        && field.getType().getName().equals(referencedEntity)) {
                    return "@MapsId on " + owner.getSimpleName() + "." + field.getName();
                }
            }
        }
        return null;
    }

    private String unique(TableName table, String keyName, List<String> columns) {
        for (Declared<UniqueConstraint> declared : declared(table, UniqueConstraint.class)) {
            UniqueConstraint uc = declared.annotation();
            if (sameColumns(Arrays.asList(uc.columnNames()), columns) || sameName(uc.name(), keyName)) {
                return "@UniqueConstraint(" + (uc.name().isBlank() ? "" : "name = \"" + uc.name() + "\", ")
                        + "columnNames = " + quotedList(uc.columnNames()) + ") declared in " + declared.where();
            }
        }
        for (Declared<Index> declared : declared(table, Index.class)) {
            Index ix = declared.annotation();
            if (ix.unique() && (sameName(ix.name(), keyName) || sameColumns(listed(ix), columns))) {
                return describe(ix) + " declared in " + declared.where();
            }
        }
        List<Attribute> covered = new ArrayList<>();
        for (String column : columns) {
            Attribute a = attributes.apply(new ColumnRef(table, column));
            if (a != null && !covered.contains(a)) {
                covered.add(a);
            }
        }
        if (covered.size() == 1) {
            Attribute a = covered.get(0);
            Column c = a.get(Column.class);
            JoinColumn join = a.get(JoinColumn.class);
            if (c != null && c.unique()) {
                return "@Column(unique = true)" + a.on();
            }
            if (join != null && join.unique()) {
                return "@JoinColumn(unique = true)" + a.on();
            }
            if (a.get(OneToOne.class) != null) {
                return "@OneToOne" + a.on() + " (one target per row)";
            }
        }
        Attribute collection = collectionTables.get(table);
        if (collection != null && !covered.isEmpty() && covered.stream().allMatch(a -> a.label().equals(collection.label()))
                && java.util.Set.class.isAssignableFrom(collection.javaType())) {
            return AttributeRules.associationOn(collection) + " (a Set: each element once per owner)";
        }
        if (!covered.isEmpty() && covered.stream().allMatch(a -> a.get(NaturalId.class) != null)) {
            return "@NaturalId on " + covered.stream().map(Attribute::label).collect(Collectors.joining(", "));
        }
        return "a unique key Hibernate adds on " + table + columns;
    }

    private String index(TableName table, org.hibernate.mapping.Index index) {
        List<String> columns = new ArrayList<>();
        for (Selectable selectable : index.getSelectables()) {
            columns.add(selectable.getText());
        }
        for (Declared<Index> declared : declared(table, Index.class)) {
            Index ix = declared.annotation();
            if (sameName(ix.name(), index.getName()) || (ix.name().isBlank() && sameColumns(listed(ix), columns))) {
                return describe(ix) + " declared in " + declared.where();
            }
        }
        return "an @Index on " + table + columns;
    }

    private String columnCheck(TableName table, String column) {
        Attribute a = attributes.apply(new ColumnRef(table, column));
        return a == null ? "a check Hibernate writes for " + table + "." + column : AttributeRules.check(a);
    }

    private String tableCheck(TableName table) {
        Class<?> owner = entityTables.get(table);
        if (owner == null) {
            return "a check Hibernate writes for " + table;
        }
        for (java.lang.annotation.Annotation a : owner.getAnnotations()) {
            if (a.annotationType().getName().startsWith("org.hibernate.annotations.Check")) {
                return "@Check on " + owner.getSimpleName();
            }
        }
        return "@Table(check) on " + owner.getSimpleName();
    }

    /** An annotation declared for a table, and where: {@code "@Table(indexes) on Order"}. */
    private record Declared<A>(A annotation, String where) {
    }

    @SuppressWarnings("unchecked")
    private <A> List<Declared<A>> declared(TableName table, Class<A> type) {
        List<Declared<A>> found = new ArrayList<>();
        String member = type == Index.class ? "indexes" : "uniqueConstraints";
        Class<?> owner = entityTables.get(table);
        jakarta.persistence.Table onEntity = owner == null ? null : owner.getAnnotation(jakarta.persistence.Table.class);
        if (onEntity != null) {
            Object[] all = type == Index.class ? onEntity.indexes() : onEntity.uniqueConstraints();
            for (Object a : all) {
                found.add(new Declared<>((A) a, "@Table(" + member + ") on " + owner.getSimpleName()));
            }
        }
        Attribute collection = collectionTables.get(table);
        if (collection != null) {
            JoinTable join = collection.get(JoinTable.class);
            CollectionTable elements = collection.get(CollectionTable.class);
            Object[] all = join != null ? (type == Index.class ? join.indexes() : join.uniqueConstraints())
                    : elements != null ? (type == Index.class ? elements.indexes() : elements.uniqueConstraints())
                    : new Object[0];
            String annotation = join != null ? "@JoinTable" : "@CollectionTable";
            for (Object a : all) {
                found.add(new Declared<>((A) a, annotation + "(" + member + ")" + collection.on()));
            }
        }
        return found;
    }

    private static String describe(Index ix) {
        return "@Index(" + (ix.name().isBlank() ? "" : "name = \"" + ix.name() + "\", ") + "columnList = \""
                + ix.columnList() + "\"" + (ix.unique() ? ", unique = true" : "")
                + (ix.options().isBlank() ? "" : ", options = \"" + ix.options() + "\"") + ")";
    }

    private static List<String> listed(Index ix) {
        return Arrays.stream(ix.columnList().split(",")).map(c -> c.strip().split("\\s+")[0]).toList();
    }

    private static boolean sameName(String declared, String actual) {
        return !declared.isBlank() && declared.equalsIgnoreCase(actual);
    }

    private static boolean sameColumns(List<String> declared, List<String> columns) {
        return normalized(declared).equals(normalized(columns));
    }

    private static List<String> normalized(List<String> columns) {
        return columns.stream().map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT)).sorted().toList();
    }

    private static String quotedList(String[] values) {
        return Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "{", "}"));
    }
}
