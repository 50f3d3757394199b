package dev.autogen.diff;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables, views and sequences autogen manages: those that match an include pattern (all, when
 * there is none) and no exclude pattern. Patterns are globs ({@code *}, {@code ?}) over
 * {@code name} for the default schema or {@code schema.name}; {@code billing.*} takes a whole
 * schema. Applied to both sides of a diff, so autogen never proposes to create, change or drop
 * what it was told to ignore. Exclude patterns also leave out the indexes they name.
 *
 * <pre>{@code new TableFilter(List.of(), List.of("flyway_schema_history", "legacy_*")).apply(schema)}</pre>
 */
public record TableFilter(List<String> include, List<String> exclude) {

    public static final TableFilter ALL = new TableFilter(List.of(), List.of());

    public TableFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public boolean manages(TableName name) {
        String qualified = name.toString();
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> matches(p, qualified));
        return included && exclude.stream().noneMatch(p -> matches(p, qualified));
    }

    /**
     * The schema with only the managed tables, sequences (a sequence owned by a column only when its
     * table is managed too), enum types and views; foreign keys to unmanaged tables stay.
     */
    public Schema apply(Schema schema) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return schema;
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            if (manages(table.name())) {
                tables.add(withoutExcludedIndexes(table));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Sequence sequence : schema.sequences()) {
            // a sequence owned by a column (serial) comes and goes with its table
            if (manages(sequence.name()) && (sequence.owner() == null || manages(sequence.owner().table()))) {
                sequences.add(sequence);
            }
        }
        List<dev.autogen.schema.EnumType> enums = new ArrayList<>();
        for (dev.autogen.schema.EnumType type : schema.enums()) {
            if (manages(type.name())) {
                enums.add(type);
            }
        }
        List<dev.autogen.schema.View> views = new ArrayList<>();
        for (dev.autogen.schema.View view : schema.views()) {
            if (manages(view.name())) {
                views.add(view);
            }
        }
        Schema filtered = Schema.of(tables, sequences, enums).withViews(views);
        java.util.Set<String> namespaces = new java.util.TreeSet<>(filtered.namespaces());
        schema.namespaces().stream().filter(n -> manages(new TableName(n, "*"))).forEach(namespaces::add);
        return filtered.withNamespaces(namespaces);
    }

    /**
     * The table without the indexes an exclude pattern names ({@code ix_doc_trgm}, or
     * {@code billing.ix_*}: an index lives in its table's schema), so that an index only the
     * database has, such as one added by hand, can be left alone like a table.
     */
    private Table withoutExcludedIndexes(Table table) {
        if (exclude.isEmpty() || table.indexes().isEmpty()) {
            return table;
        }
        return table.withIndexes(ixs -> {
            ixs.removeIf(ix -> {
                String qualified = new TableName(table.name().schema(), ix.name()).toString();
                return exclude.stream().anyMatch(p -> matches(p, qualified));
            });
            return ixs;
        });
    }

    private static boolean matches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.matches(regex.toString(), name);
    }
}
