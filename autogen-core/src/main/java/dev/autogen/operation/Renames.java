package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Renames in an in-memory schema as the database does them: every key, constraint, index and
 * foreign key (of any table) that names the old table or column follows the new name. Check
 * expressions are left as written.
 */
final class Renames {

    private Renames() {
    }

    static Schema table(Schema schema, Table table, TableName to) {
        Schema without = schema.without(table.name());
        Table moved = new Table(to, table.columns(), table.primaryKey(), table.uniques(), table.checks(),
                table.foreignKeys(), table.indexes(), table.comment());
        List<Table> tables = new ArrayList<>();
        for (Table t : without.with(moved).tables()) {
            tables.add(t.withForeignKeys(fks -> {
                fks.replaceAll(fk -> fk.referencedTable().equals(table.name())
                        ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete()) : fk);
                return fks;
            }));
        }
        return Schema.of(tables, schema.sequences(), schema.enums()).withNamespaces(schema.namespaces());
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
        return Schema.of(tables, schema.sequences(), schema.enums()).withNamespaces(schema.namespaces());
    }

    private static Table renamedIn(Table t, String from, String to) {
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(),
                swap(t.primaryKey().columns(), from, to));
        return t.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(from)
                    ? new Column(to, c.type(), c.nullable(), c.defaultValue(), c.identity(), c.comment()) : c);
            return cols;
        }).withPrimaryKey(pk).withUniques(uqs -> {
            uqs.replaceAll(u -> new UniqueConstraint(u.name(), swap(u.columns(), from, to)));
            return uqs;
        }).withIndexes(ixs -> {
            ixs.replaceAll(i -> new Index(i.name(), swap(i.columns(), from, to), i.unique()));
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
