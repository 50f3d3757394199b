package dev.autogen.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A table: columns in their declared order; primary key ({@code null} for none); unique
 * constraints, check constraints, foreign keys and indexes, each kept sorted by name so that equal
 * tables are equal records whatever order the source listed them in; its comment
 * ({@code null} for none); and the names of its constraints and indexes that were chosen on
 * purpose ({@code @ForeignKey(name = ...)}, {@code @Index(name = ...)}, a naming convention) rather
 * than left to Hibernate or the database. Only the desired side knows these; an introspected table
 * has none, and the diff renames a constraint to its name only when that name is one of them.
 * Likewise {@code declaredKeyOrders}: the column lists of its primary key and unique constraints
 * whose order the entities spelled out ({@code @UniqueConstraint(columnNames = ...)}, which also
 * orders a primary key over the same columns), sorted; the diff lets their order count only when
 * asked to ({@code [schema] strict_key_order}).
 */
public record Table(TableName name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<ForeignKey> foreignKeys,
                    List<Index> indexes, String comment, SortedSet<String> explicitNames,
                    List<List<String>> declaredKeyOrders) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = sorted(uniques, Comparator.comparing(UniqueConstraint::name));
        checks = sorted(checks, Comparator.comparing(CheckConstraint::name));
        foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
        indexes = sorted(indexes, Comparator.comparing(Index::name));
        explicitNames = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(explicitNames));
        declaredKeyOrders = declaredKeyOrders.stream().map(List::copyOf).distinct()
                .sorted(Comparator.comparing(Object::toString)).toList();
    }

    /** A table whose key column orders the entities did not spell out. */
    public Table(TableName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment,
                 SortedSet<String> explicitNames) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, explicitNames, List.of());
    }

    /** A table with no explicitly chosen names, as introspection reads one. */
    public Table(TableName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, new TreeSet<>());
    }

    /** A table without checks or comment. */
    public Table(TableName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<ForeignKey> foreignKeys, List<Index> indexes) {
        this(name, columns, primaryKey, uniques, List.of(), foreignKeys, indexes, null);
    }

    /** A table made of the elements a {@code createTable(...)} call lists. */
    public static Table of(TableName name, List<? extends TableElement> elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey pk = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        String comment = null;
        for (TableElement element : elements) {
            if (element instanceof Column c) {
                columns.add(c);
            } else if (element instanceof PrimaryKey p) {
                if (pk != null) {
                    throw new IllegalArgumentException("table " + name + " has two primary keys");
                }
                pk = p;
            } else if (element instanceof UniqueConstraint u) {
                uniques.add(u);
            } else if (element instanceof CheckConstraint c) {
                checks.add(c);
            } else if (element instanceof ForeignKey f) {
                fks.add(f);
            } else if (element instanceof Index i) {
                indexes.add(i);
            } else if (element instanceof TableComment c) {
                comment = c.text();
            }
        }
        return new Table(name, columns, pk, uniques, checks, fks, indexes, comment);
    }

    /** The elements of this table in the order {@code createTable(...)} lists them. */
    public List<TableElement> elements() {
        List<TableElement> out = new ArrayList<>(columns);
        if (primaryKey != null) {
            out.add(primaryKey);
        }
        out.addAll(uniques);
        out.addAll(checks);
        out.addAll(foreignKeys);
        out.addAll(indexes);
        if (comment != null) {
            out.add(new TableComment(comment));
        }
        return out;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /**
     * This table with only what {@code CREATE TABLE} makes: columns, primary key, uniques, checks and
     * comment (which names were chosen on purpose is no part of it).
     */
    public Table withoutForeignKeysAndIndexes() {
        return new Table(name, columns, primaryKey, uniques, checks, List.of(), List.of(), comment);
    }

    public Table withColumns(UnaryOperator<List<Column>> change) {
        return new Table(name, change.apply(new ArrayList<>(columns)), primaryKey, uniques, checks, foreignKeys,
                indexes, comment, explicitNames, declaredKeyOrders);
    }

    public Table withPrimaryKey(PrimaryKey value) {
        return new Table(name, columns, value, uniques, checks, foreignKeys, indexes, comment, explicitNames,
                declaredKeyOrders);
    }

    public Table withUniques(UnaryOperator<List<UniqueConstraint>> change) {
        return new Table(name, columns, primaryKey, change.apply(new ArrayList<>(uniques)), checks, foreignKeys,
                indexes, comment, explicitNames, declaredKeyOrders);
    }

    public Table withChecks(UnaryOperator<List<CheckConstraint>> change) {
        return new Table(name, columns, primaryKey, uniques, change.apply(new ArrayList<>(checks)), foreignKeys,
                indexes, comment, explicitNames, declaredKeyOrders);
    }

    public Table withForeignKeys(UnaryOperator<List<ForeignKey>> change) {
        return new Table(name, columns, primaryKey, uniques, checks, change.apply(new ArrayList<>(foreignKeys)),
                indexes, comment, explicitNames, declaredKeyOrders);
    }

    public Table withIndexes(UnaryOperator<List<Index>> change) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys,
                change.apply(new ArrayList<>(indexes)), comment, explicitNames, declaredKeyOrders);
    }

    public Table withComment(String text) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, text, explicitNames,
                declaredKeyOrders);
    }

    /** This table under another name, everything else kept. */
    public Table withName(TableName value) {
        return new Table(value, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, explicitNames,
                declaredKeyOrders);
    }

    /** This table with {@code names} as the names of its constraints and indexes that were chosen on purpose. */
    public Table withExplicitNames(Set<String> names) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment,
                new TreeSet<>(names), declaredKeyOrders);
    }

    /** This table with {@code orders} as the key column orders the entities spelled out. */
    public Table withDeclaredKeyOrders(List<List<String>> orders) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, explicitNames,
                orders);
    }

    /** Whether the entities spelled out this order of a key's columns (a list, in order). */
    public boolean declaresKeyOrder(List<String> keyColumns) {
        return declaredKeyOrders.contains(keyColumns);
    }

    /** Whether the name of one of this table's constraints or indexes was chosen on purpose. */
    public boolean isExplicit(String constraintName) {
        return explicitNames.contains(constraintName);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(Objects.requireNonNull(items));
        copy.sort(order);
        return List.copyOf(copy);
    }
}
