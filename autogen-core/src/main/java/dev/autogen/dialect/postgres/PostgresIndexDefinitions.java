package dev.autogen.dialect.postgres;

import dev.autogen.schema.Index;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an index as PostgreSQL prints it, so that it compares in PostgreSQL's own spelling: each
 * key as {@code pg_get_indexdef} writes it inside the key list (expression, then {@code COLLATE}
 * when it is not the column's, the operator class when it is not the default for the type, then
 * {@code DESC} / {@code NULLS FIRST|LAST} when not the default), the access method, the
 * {@code INCLUDE} columns, {@code NULLS NOT DISTINCT}, and the predicate as {@code pg_get_expr}
 * prints it. A key that is a column with none of these is its bare name, as the desired side
 * writes it.
 *
 * <pre>{@code
 * CREATE INDEX ix ON public.t USING btree (email text_pattern_ops, lower(name) DESC) WHERE (deleted_at IS NULL)
 * // keys [email text_pattern_ops, lower(name) DESC], predicate "deleted_at IS NULL"
 * }</pre>
 */
final class PostgresIndexDefinitions {

    private PostgresIndexDefinitions() {
    }

    /**
     * The index named {@code name} from the {@link PostgresCatalogQueries#INDEX_KEYS} columns of
     * the current row, the first at {@code column}.
     */
    static Index read(ResultSet rs, int column, String name, boolean unique) throws SQLException {
        List<String> columns = PostgresIntrospector.strings(rs.getArray(column));
        List<String> alone = PostgresIntrospector.strings(rs.getArray(column + 1));
        String definition = rs.getString(column + 2);
        Parsed parsed = parse(definition);
        List<String> keys = new ArrayList<>(columns.size());
        for (int k = 0; k < columns.size(); k++) {
            String written = k < parsed.keys().size() ? parsed.keys().get(k) : alone.get(k);
            keys.add(key(columns.get(k), alone.get(k), written));
        }
        return new Index(name, keys, unique, rs.getString(column + 3),
                PostgresIntrospector.strings(rs.getArray(column + 4)), parsed.nullsDistinct(), rs.getString(column + 5));
    }

    /**
     * A key as the model holds it: a column alone is its bare name; a column with more is the
     * column quoted when needed followed by the rest as PostgreSQL wrote it; an expression is as written.
     */
    private static String key(String column, String alone, String written) {
        if (column == null) {
            return written;
        }
        String rest = written.startsWith(alone) ? written.substring(alone.length()) : "";
        return rest.isEmpty() ? column : PostgresIdentifiers.quote(column) + rest;
    }

    /** The keys as {@code pg_get_indexdef} wrote them, and whether nulls are distinct. */
    record Parsed(List<String> keys, boolean nullsDistinct) {
    }

    /**
     * The key list and the {@code NULLS NOT DISTINCT} mark of a definition that
     * {@code pg_get_indexdef} printed: the key list is the first parenthesis outside a quoted
     * name, split at its top-level commas; {@code INCLUDE (...)} may follow it, then the mark.
     */
    static Parsed parse(String definition) {
        int open = firstOpenParenthesis(definition);
        if (open < 0) {
            return new Parsed(List.of(), true);
        }
        List<String> keys = new ArrayList<>();
        int close = split(definition, open, keys);
        String tail = definition.substring(close + 1);
        if (tail.startsWith(" INCLUDE (")) {
            tail = tail.substring(split(tail, tail.indexOf('('), new ArrayList<>()) + 1);
        }
        return new Parsed(keys, !tail.startsWith(" NULLS NOT DISTINCT"));
    }

    private static int firstOpenParenthesis(String sql) {
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '(' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Splits the parenthesised list that opens at {@code open} at its top-level commas into
     * {@code out}, minding nested parentheses, string constants and quoted names (quotes inside
     * them doubled, as PostgreSQL prints them); returns where the list closes.
     */
    static int split(String sql, int open, List<String> out) {
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = sql.indexOf(c, i + 1);
                while (i >= 0 && i + 1 < sql.length() && sql.charAt(i + 1) == c) {
                    i = sql.indexOf(c, i + 2);
                }
                if (i < 0) {
                    break;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    out.add(sql.substring(start, i).strip());
                    return i;
                }
            } else if (c == ',' && depth == 1) {
                out.add(sql.substring(start, i).strip());
                start = i + 1;
            }
        }
        return sql.length() - 1;
    }

    /**
     * What follows {@code ON table} in {@code CREATE INDEX}: {@code [USING method] (keys)
     * [INCLUDE (columns)] [NULLS NOT DISTINCT] [WHERE predicate]}, with a leading space; the
     * default method is not spelled, so a plain index reads as it always has.
     */
    static String clauses(Index index) {
        StringBuilder sql = new StringBuilder();
        if (index.method() != null) {
            sql.append(" USING ").append(PostgresIdentifiers.quote(index.method()));
        }
        sql.append(' ').append(PostgresRenderer.indexKeyList(index.columns()));
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(String.join(", ",
                    index.include().stream().map(PostgresIdentifiers::quote).toList())).append(')');
        }
        if (!index.nullsDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.toString();
    }
}
