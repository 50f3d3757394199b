package dev.autogen.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index that is not the backing index of a primary key or unique constraint: its name; its keys,
 * each a column name as stored or, for anything more, the key as SQL ({@code lower(email)},
 * {@code name DESC}, {@code email text_pattern_ops}, {@code title COLLATE "C"}); whether it is
 * unique; its access method ({@code null} for the default, btree); the columns it only carries
 * ({@code INCLUDE}); whether nulls are distinct (false for {@code NULLS NOT DISTINCT}); and its
 * predicate ({@code WHERE}, {@code null} for none). Every part is part of what the index is: two
 * indexes that differ in any but the name are different indexes.
 *
 * <pre>{@code
 * new Index("ix_users_email", List.of("email"), true).where("deleted_at IS NULL")
 * new Index("ix_docs_body", List.of("body"), false).using("gin")
 * }</pre>
 */
public record Index(String name, List<String> columns, boolean unique, String method, List<String> include,
                    boolean nullsDistinct, String where) implements TableElement {

    /** The access method that {@code CREATE INDEX} uses when none is named, never spelled. */
    public static final String DEFAULT_METHOD = "btree";

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        include = List.copyOf(Objects.requireNonNull(include, "include"));
        method = method == null || method.isBlank() || method.equalsIgnoreCase(DEFAULT_METHOD)
                ? null : method.strip().toLowerCase(Locale.ROOT);
        where = where == null || where.isBlank() ? null : where.strip();
    }

    /** A plain btree index on {@code columns}. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, null, List.of(), true, null);
    }

    public Index asUnique() {
        return new Index(name, columns, true, method, include, nullsDistinct, where);
    }

    /** This index built with another access method: {@code using("gin")}. */
    public Index using(String accessMethod) {
        return new Index(name, columns, unique, accessMethod, include, nullsDistinct, where);
    }

    /** This index carrying {@code columns} besides its keys ({@code INCLUDE (...)}). */
    public Index include(String... columns) {
        return new Index(name, this.columns, unique, method, List.of(columns), nullsDistinct, where);
    }

    /** This index treating nulls as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15 and later). */
    public Index nullsNotDistinct() {
        return new Index(name, columns, unique, method, include, false, where);
    }

    /** This index over the rows that satisfy {@code predicate} only (a partial index). */
    public Index where(String predicate) {
        return new Index(name, columns, unique, method, include, nullsDistinct, predicate);
    }

    /** This index under another name, everything else kept. */
    public Index withName(String value) {
        return new Index(value, columns, unique, method, include, nullsDistinct, where);
    }

    /** This index with other keys and included columns, everything else kept. */
    public Index withColumns(List<String> keys, List<String> included) {
        return new Index(name, keys, unique, method, included, nullsDistinct, where);
    }

    /** Whether this index is more than a btree over its keys: a method, included columns, NULLS NOT DISTINCT, a predicate. */
    public boolean hasOptions() {
        return method != null || !include.isEmpty() || !nullsDistinct || where != null;
    }
}
