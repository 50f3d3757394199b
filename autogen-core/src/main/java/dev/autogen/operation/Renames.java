package dev.autogen.operation;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Renames in an in-memory schema as the database does them: every key, constraint, index and
 * foreign key (of any table) that names the old table or column follows the new name. Check
 * expressions are left as written. A constraint or index renamed keeps its definition.
 */
final class Renames {

    private Renames() {
    }

    static Schema table(Schema schema, Table table, TableName to) {
        Schema without = schema.without(table.name());
        Table moved = table.withName(to);
        List<Table> tables = new ArrayList<>();
        for (Table t : without.with(moved).tables()) {
            tables.add(t.withForeignKeys(fks -> {
                fks.replaceAll(fk -> fk.referencedTable().equals(table.name())
                        ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete()) : fk);
                return fks;
            }));
        }
        return Schema.of(tables, owners(schema, table.name(), null, to, null), schema.enums())
                .withNamespaces(schema.namespaces());
    }

    static Schema column(Schema schema, TableName tableName, String from, String to) {
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            Table changed = t;
            if (t.name().equals(tableName)) {
                changed = renamedIn(t, from, to);
            }
            tables.add(changed.withForeignKeys(fks -> {
                fks.replaceAll(fk -> fk.referencedTable().equals(tableName)
                        ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                        swap(fk.referencedColumns(), from, to), fk.onDelete()) : fk);
                return fks;
            }));
        }
        return Schema.of(tables, owners(schema, tableName, from, tableName, to), schema.enums())
                .withNamespaces(schema.namespaces());
    }

    /**
     * The sequences with the owner renamed as PostgreSQL renames it ({@code OWNED BY} follows a
     * renamed table or column): table {@code fromTable} (and, when {@code fromColumn} is given, that
     * column only) becomes {@code toTable} (and {@code toColumn}).
     */
    private static List<Sequence> owners(Schema schema, TableName fromTable, String fromColumn, TableName toTable,
                                         String toColumn) {
        List<Sequence> out = new ArrayList<>();
        for (Sequence q : schema.sequences()) {
            Sequence.Owner owner = q.owner();
            boolean moves = owner != null && owner.table().equals(fromTable)
                    && (fromColumn == null || owner.column().equals(fromColumn));
            out.add(moves ? q.withOwner(new Sequence.Owner(toTable, fromColumn == null ? owner.column() : toColumn)) : q);
        }
        return out;
    }

    /** The table with its foreign key, unique, check or primary key {@code from} named {@code to}. */
    static Table constraint(Table t, String from, String to) {
        if (!constraintNames(t).contains(from)) {
            throw new IllegalStateException("table " + t.name() + " has no constraint " + from);
        }
        if (constraintNames(t).contains(to)) {
            throw new IllegalStateException("table " + t.name() + " already has a constraint " + to);
        }
        PrimaryKey pk = t.primaryKey();
        return t.withPrimaryKey(pk != null && from.equals(pk.name()) ? new PrimaryKey(to, pk.columns()) : pk)
                .withUniques(uqs -> {
                    uqs.replaceAll(u -> u.name().equals(from) ? new UniqueConstraint(to, u.columns()) : u);
                    return uqs;
                }).withChecks(cks -> {
                    cks.replaceAll(c -> c.name().equals(from) ? new CheckConstraint(to, c.expression()) : c);
                    return cks;
                }).withForeignKeys(fks -> {
                    fks.replaceAll(fk -> fk.name().equals(from) ? new ForeignKey(to, fk.columns(), fk.referencedTable(),
                            fk.referencedColumns(), fk.onDelete()) : fk);
                    return fks;
                });
    }

    /** The table with its index {@code from} named {@code to}. */
    static Table index(Table t, String from, String to) {
        List<String> names = t.indexes().stream().map(Index::name).toList();
        if (!names.contains(from)) {
            throw new IllegalStateException("table " + t.name() + " has no index " + from);
        }
        if (names.contains(to)) {
            throw new IllegalStateException("table " + t.name() + " already has an index " + to);
        }
        return t.withIndexes(ixs -> {
            ixs.replaceAll(i -> i.name().equals(from) ? i.withName(to) : i);
            return ixs;
        });
    }

    private static List<String> constraintNames(Table t) {
        List<String> names = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().name() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.add(u.name()));
        t.checks().forEach(c -> names.add(c.name()));
        t.foreignKeys().forEach(fk -> names.add(fk.name()));
        return names;
    }

    private static Table renamedIn(Table t, String from, String to) {
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(),
                swap(t.primaryKey().columns(), from, to));
        return t.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(from)
                    ? c.withName(to) : c);
            return cols;
        }).withPrimaryKey(pk).withUniques(uqs -> {
            uqs.replaceAll(u -> new UniqueConstraint(u.name(), swap(u.columns(), from, to)));
            return uqs;
        }).withIndexes(ixs -> {
            ixs.replaceAll(i -> i.withColumns(swap(i.columns(), from, to), swap(i.include(), from, to)));
            return ixs;
        }).withForeignKeys(fks -> {
            fks.replaceAll(fk -> new ForeignKey(fk.name(), swap(fk.columns(), from, to), fk.referencedTable(),
                    fk.referencedColumns(), fk.onDelete()));
            return fks;
        });
    }

    private static List<String> swap(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
