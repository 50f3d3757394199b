package dev.autogen.operation;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
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

    /** Renames {@code table} to {@code to} in {@code draft}, with the foreign keys and sequence owners that name it. */
    static void table(SchemaDraft draft, Table table, TableName to) {
        draft.tables.remove(table.name());
        draft.tables.put(to, table.withName(to));
        draft.tables.replaceAll((name, t) -> references(t, table.name()) ? t.withForeignKeys(fks -> {
            fks.replaceAll(fk -> fk.referencedTable().equals(table.name())
                    ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete()) : fk);
            return fks;
        }) : t);
        moveOwners(draft, table.name(), null, to, null);
    }

    /** Renames column {@code from} of {@code tableName} to {@code to} in {@code draft}, wherever it is named. */
    static void column(SchemaDraft draft, TableName tableName, String from, String to) {
        draft.tables.put(tableName, renamedIn(draft.tables.get(tableName), from, to));
        draft.tables.replaceAll((name, t) -> references(t, tableName) ? t.withForeignKeys(fks -> {
            fks.replaceAll(fk -> fk.referencedTable().equals(tableName)
                    ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                    swap(fk.referencedColumns(), from, to), fk.onDelete()) : fk);
            return fks;
        }) : t);
        moveOwners(draft, tableName, from, tableName, to);
    }

    private static boolean references(Table t, TableName referenced) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.referencedTable().equals(referenced)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sequences with the owner renamed as PostgreSQL renames it ({@code OWNED BY} follows a
     * renamed table or column): table {@code fromTable} (and, when {@code fromColumn} is given, that
     * column only) becomes {@code toTable} (and {@code toColumn}).
     */
    private static void moveOwners(SchemaDraft draft, TableName fromTable, String fromColumn, TableName toTable,
                                   String toColumn) {
        for (TableName name : draft.ownedBy(fromTable, fromColumn)) {
            Sequence q = draft.sequences.get(name);
            draft.putSequence(q.withOwner(new Sequence.Owner(toTable,
                    fromColumn == null ? q.owner().column() : toColumn)));
        }
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
