package dev.autogen.entities;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.schema.View;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * No relation the entities name takes a name the database gives something it makes without a name
 * ({@link Dialect#implicitRelationNames}: PostgreSQL's {@code orders_pkey}, {@code orders_id_seq}).
 * Created after the table, such a relation fails ("relation orders_pkey already exists"); created
 * before it, the database names the key {@code orders_pkey1} instead, so the schema depends on the
 * order things were made in. An error here, naming both.
 */
final class ImplicitNameClashes {

    private ImplicitNameClashes() {
    }

    /** A relation named by the entities: {@code kind} "index", {@code what} "index ix on table t", {@code where} "@Index(name)". */
    private record Named(String kind, String what, String where) {
    }

    /** @throws AutogenException at the first clash, in table name order */
    static void check(Schema desired, Dialect dialect) {
        Map<String, Named> named = new HashMap<>();
        for (Table table : desired.tables()) {
            claim(named, table.name().schema(), table.name().name(),
                    new Named("table", "table " + table.name(), "@Table(name)"));
            for (Index index : table.indexes()) {
                claim(named, table.name().schema(), index.name(),
                        new Named("index", "index " + index.name() + " on table " + table.name(), "@Index(name)"));
            }
            for (UniqueConstraint unique : table.uniques()) {
                if (table.explicitNames().contains(unique.name())) {
                    claim(named, table.name().schema(), unique.name(), new Named("unique constraint",
                            "unique constraint " + unique.name() + " on table " + table.name(),
                            "@UniqueConstraint(name)"));
                }
            }
        }
        for (Sequence sequence : desired.sequences()) {
            claim(named, sequence.name().schema(), sequence.name().name(),
                    new Named("sequence", "sequence " + sequence.name(), "@SequenceGenerator(sequenceName)"));
        }
        for (View view : desired.views()) {
            claim(named, view.name().schema(), view.name().name(),
                    new Named("view", "view " + view.name(), "@Table(name)"));
        }
        for (Table table : desired.tables()) {
            for (Map.Entry<String, String> implicit : dialect.implicitRelationNames(table).entrySet()) {
                Named other = named.get(key(table.name().schema(), implicit.getKey()));
                if (other != null) {
                    throw new AutogenException(other.what() + " has the name " + dialect.name() + " gives "
                            + implicit.getValue() + ", which it names itself; give the " + other.kind()
                            + " another name in " + other.where() + ", so that neither depends on which is created first");
                }
            }
        }
    }

    private static void claim(Map<String, Named> named, String schema, String name, Named what) {
        named.putIfAbsent(key(schema, name), what);
    }

    private static String key(String schema, String name) {
        return Objects.toString(schema, "") + "\u0000" + name;
    }
}
