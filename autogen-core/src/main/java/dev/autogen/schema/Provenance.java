package dev.autogen.schema;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the parts of a desired {@link Schema} came from: for each table, column aspect, key,
 * check and index, the annotation and the entity attribute that asked for it, as one readable
 * phrase ({@code "@Column(length = 100) on User.email"}). It is kept beside the schema, never in
 * its records, whose equality the diff relies on; a part it does not know is simply absent.
 *
 * <pre>{@code
 * provenance.column(TableName.of("users"), "email", Provenance.Aspect.TYPE)
 *     // Optional[@Column(length = 100) on User.email]
 * }</pre>
 */
public final class Provenance {

    /** What of a column an origin explains. */
    public enum Aspect {
        /** The type, its length, precision and scale. */
        TYPE,
        /** NOT NULL, or why the column allows NULL. */
        NULLABILITY,
        DEFAULT,
        IDENTITY,
        COMMENT,
        /** The expression a generated column is computed from ({@code @GeneratedColumn}). */
        GENERATION
    }

    /** Knows nothing: every question is answered with empty. */
    public static final Provenance NONE = new Builder().build();

    private final Map<TableName, String> tables;
    private final Map<ColumnKey, String> attributes;
    private final Map<ColumnKey, Map<Aspect, String>> columns;
    private final Map<ElementKey, String> elements;

    private Provenance(Builder builder) {
        this.tables = Map.copyOf(builder.tables);
        this.attributes = Map.copyOf(builder.attributes);
        Map<ColumnKey, Map<Aspect, String>> copy = new HashMap<>();
        builder.columns.forEach((key, aspects) -> copy.put(key, Map.copyOf(aspects)));
        this.columns = Map.copyOf(copy);
        this.elements = Map.copyOf(builder.elements);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What maps to a table, e.g. {@code "@Entity User (@Table(name = \"users\"))"}. */
    public Optional<String> table(TableName table) {
        return Optional.ofNullable(tables.get(table));
    }

    /** The attribute a column belongs to, e.g. {@code "User.email"}. */
    public Optional<String> attribute(TableName table, String column) {
        return Optional.ofNullable(attributes.get(new ColumnKey(table, column)));
    }

    /** Why a column has an aspect, e.g. {@code "@NotNull on User.name"} for {@link Aspect#NULLABILITY}. */
    public Optional<String> column(TableName table, String column, Aspect aspect) {
        Map<Aspect, String> aspects = columns.get(new ColumnKey(table, column));
        return aspects == null ? Optional.empty() : Optional.ofNullable(aspects.get(aspect));
    }

    /**
     * What asked for a foreign key, unique constraint, check or index of a table; foreign keys and
     * unique constraints are looked up by their columns, checks and indexes by their name.
     */
    public Optional<String> element(TableName table, TableElement element) {
        ElementKey key = ElementKey.of(table, element);
        return key == null ? Optional.empty() : Optional.ofNullable(elements.get(key));
    }

    private record ColumnKey(TableName table, String column) {
    }

    private record ElementKey(TableName table, String kind, List<String> identity) {

        static ElementKey of(TableName table, TableElement element) {
            if (element instanceof ForeignKey fk) {
                return foreignKey(table, fk.columns());
            }
            if (element instanceof UniqueConstraint unique) {
                return new ElementKey(table, "uq", unique.columns());
            }
            if (element instanceof Index index) {
                return new ElementKey(table, "ix", List.of(index.name()));
            }
            if (element instanceof CheckConstraint check) {
                return new ElementKey(table, "ck", List.of(check.name()));
            }
            return null;
        }

        /**
         * A foreign key by its set of columns: Hibernate orders the columns of one that references a
         * composite key as it orders the key, not as the association lists them.
         */
        static ElementKey foreignKey(TableName table, List<String> columns) {
            return new ElementKey(table, "fk", columns.stream().sorted().toList());
        }
    }

    /** Collects origins; the first one recorded for a part wins, so record the most specific first. */
    public static final class Builder {

        private final Map<TableName, String> tables = new HashMap<>();
        private final Map<ColumnKey, String> attributes = new HashMap<>();
        private final Map<ColumnKey, Map<Aspect, String>> columns = new HashMap<>();
        private final Map<ElementKey, String> elements = new HashMap<>();

        private Builder() {
        }

        public Builder table(TableName table, String origin) {
            tables.putIfAbsent(Objects.requireNonNull(table, "table"), Objects.requireNonNull(origin, "origin"));
            return this;
        }

        public Builder attribute(TableName table, String column, String attribute) {
            attributes.putIfAbsent(new ColumnKey(table, column), Objects.requireNonNull(attribute, "attribute"));
            return this;
        }

        public Builder column(TableName table, String column, Aspect aspect, String origin) {
            if (origin != null) {
                columns.computeIfAbsent(new ColumnKey(table, column), k -> new EnumMap<>(Aspect.class))
                        .putIfAbsent(aspect, origin);
            }
            return this;
        }

        public Builder foreignKey(TableName table, List<String> columns, String origin) {
            return element(ElementKey.foreignKey(table, columns), origin);
        }

        public Builder unique(TableName table, List<String> columns, String origin) {
            return element(new ElementKey(table, "uq", List.copyOf(columns)), origin);
        }

        public Builder index(TableName table, String name, String origin) {
            return element(new ElementKey(table, "ix", List.of(name)), origin);
        }

        public Builder check(TableName table, String name, String origin) {
            return element(new ElementKey(table, "ck", List.of(name)), origin);
        }

        private Builder element(ElementKey key, String origin) {
            if (origin != null) {
                elements.putIfAbsent(key, origin);
            }
            return this;
        }

        public Provenance build() {
            return new Provenance(this);
        }
    }
}
