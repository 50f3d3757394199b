package dev.autogen.workflow;

import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The first way in which two schemas are not the same record, ignoring column order, said in one
 * phrase for an error message: where the diff finds nothing (it leaves out what does not matter to a
 * migration) a proof that must rebuild a database exactly still needs to name what differs.
 */
final class SchemaDifferences {

    private SchemaDifferences() {
    }

    /**
     * What differs between the {@code expected} schema (the database) and the {@code actual} one
     * (rebuilt), e.g. {@code table 'orders': column id is ... in the database, ... when rebuilt};
     * empty when they are equal.
     */
    static Optional<String> first(Schema expected, Schema actual) {
        Schema want = expected.ignoringColumnOrder();
        Schema got = actual.ignoringColumnOrder();
        if (want.equals(got)) {
            return Optional.empty();
        }
        for (TableName name : union(want.tablesByName(), got.tablesByName())) {
            Table a = want.tablesByName().get(name);
            Table b = got.tablesByName().get(name);
            if (!Objects.equals(a, b)) {
                return Optional.of("table '" + name + "' " + (a == null ? "is not in the database"
                        : b == null ? "is missing when rebuilt" : table(a, b)));
            }
        }
        for (TableName name : union(want.sequencesByName(), got.sequencesByName())) {
            if (!Objects.equals(want.sequencesByName().get(name), got.sequencesByName().get(name))) {
                return Optional.of("sequence '" + name + "' is " + want.sequencesByName().get(name)
                        + " in the database, " + got.sequencesByName().get(name) + " when rebuilt");
            }
        }
        for (TableName name : union(want.enumsByName(), got.enumsByName())) {
            if (!Objects.equals(want.enumsByName().get(name), got.enumsByName().get(name))) {
                return Optional.of("enum type '" + name + "' is " + want.enumsByName().get(name)
                        + " in the database, " + got.enumsByName().get(name) + " when rebuilt");
            }
        }
        return Optional.of("the schemas are " + want.namespaces() + " in the database, " + got.namespaces()
                + " when rebuilt");
    }

    private static String table(Table a, Table b) {
        Optional<String> column = element("column", a.columns(), b.columns(), Column::name);
        if (column.isPresent()) {
            return column.get();
        }
        if (!Objects.equals(a.primaryKey(), b.primaryKey())) {
            return "primary key is " + a.primaryKey() + " in the database, " + b.primaryKey() + " when rebuilt";
        }
        return element("unique constraint", a.uniques(), b.uniques(), u -> u.name())
                .or(() -> element("check", a.checks(), b.checks(), c -> c.name()))
                .or(() -> element("foreign key", a.foreignKeys(), b.foreignKeys(), f -> f.name()))
                .or(() -> element("index", a.indexes(), b.indexes(), i -> i.name()))
                .orElse(Objects.equals(a.comment(), b.comment()) ? "differs in detail: " + a + " in the database, "
                        + b + " when rebuilt" : "comment is " + quoted(a.comment()) + " in the database, "
                        + quoted(b.comment()) + " when rebuilt");
    }

    private static <T> Optional<String> element(String kind, List<T> in, List<T> rebuilt, Function<T, String> name) {
        Map<String, T> a = byName(in, name);
        Map<String, T> b = byName(rebuilt, name);
        for (String key : union(a, b)) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                return Optional.of(kind + " " + key + (a.get(key) == null ? " is not in the database"
                        : b.get(key) == null ? " is missing when rebuilt"
                        : " is " + a.get(key) + " in the database, " + b.get(key) + " when rebuilt"));
            }
        }
        return Optional.empty();
    }

    private static <T> Map<String, T> byName(List<T> elements, Function<T, String> name) {
        Map<String, T> out = new TreeMap<>();
        elements.forEach(e -> out.put(name.apply(e), e));
        return out;
    }

    private static <K extends Comparable<K>> TreeSet<K> union(Map<K, ?> a, Map<K, ?> b) {
        TreeSet<K> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String quoted(String text) {
        return text == null ? "none" : "'" + text + "'";
    }
}
