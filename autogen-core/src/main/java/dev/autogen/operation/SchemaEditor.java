package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import dev.autogen.schema.ViewUse;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies operations to an in-memory {@link Schema}, as a database would apply their SQL; this is
 * how plans are checked with no database at all. Hand-written SQL ({@link Execute}) changes
 * nothing here. An operation that does not fit the schema (a column added twice, a table dropped
 * that is not there) fails with {@link IllegalStateException}.
 */
public final class SchemaEditor implements OperationVisitor<Schema> {

    private final Schema schema;

    private SchemaEditor(Schema schema) {
        this.schema = schema;
    }

    public static Schema apply(Schema schema, List<Operation> operations) {
        Schema result = schema;
        for (Operation operation : operations) {
            result = operation.accept(new SchemaEditor(result));
        }
        return result;
    }

    @Override
    public Schema createTable(CreateTable op) {
        if (schema.table(op.table()).isPresent()) {
            throw new IllegalStateException("table " + op.table() + " already exists");
        }
        return schema.with(op.definition());
    }

    @Override
    public Schema dropTable(DropTable op) {
        Table existing = table(op.table());
        if (!existing.foreignKeys().isEmpty() || !existing.indexes().isEmpty()) {
            throw new IllegalStateException("table " + op.table() + " still has foreign keys or indexes");
        }
        return withoutOwnedBy(schema.without(op.table()), op.table(), null);
    }

    /** PostgreSQL drops the sequences a dropped table or column owns ({@code serial}); so does this. */
    private static Schema withoutOwnedBy(Schema schema, TableName table, String column) {
        Schema out = schema;
        for (Sequence q : schema.sequences()) {
            if (q.owner() != null && q.owner().table().equals(table)
                    && (column == null || q.owner().column().equals(column))) {
                out = out.withoutSequence(q.name());
            }
        }
        return out;
    }

    @Override
    public Schema addColumn(AddColumn op) {
        if (table(op.table()).column(op.column().name()).isPresent()) {
            throw new IllegalStateException("column " + op.table() + "." + op.column().name() + " already exists");
        }
        return change(op.table(), t -> t.withColumns(cols -> {
            cols.add(op.column());
            return cols;
        }));
    }

    @Override
    public Schema dropColumn(DropColumn op) {
        column(op.table(), op.column().name());
        return withoutOwnedBy(change(op.table(), t -> t.withColumns(cols -> {
            cols.removeIf(c -> c.name().equals(op.column().name()));
            return cols;
        })), op.table(), op.column().name());
    }

    @Override
    public Schema alterColumn(AlterColumn op) {
        column(op.table(), op.from().name());
        return change(op.table(), t -> t.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(op.from().name()) ? op.to() : c);
            return cols;
        }));
    }

    @Override
    public Schema addPrimaryKey(AddPrimaryKey op) {
        if (table(op.table()).primaryKey() != null) {
            throw new IllegalStateException("table " + op.table() + " already has a primary key");
        }
        return change(op.table(), t -> t.withPrimaryKey(op.primaryKey()));
    }

    @Override
    public Schema dropPrimaryKey(DropPrimaryKey op) {
        if (table(op.table()).primaryKey() == null) {
            throw new IllegalStateException("table " + op.table() + " has no primary key");
        }
        return change(op.table(), t -> t.withPrimaryKey(null));
    }

    @Override
    public Schema addUnique(AddUnique op) {
        return change(op.table(), t -> t.withUniques(list -> added(list, op.unique())));
    }

    @Override
    public Schema dropUnique(DropUnique op) {
        return change(op.table(), t -> t.withUniques(list -> removed(list, op.unique(), op.table())));
    }

    @Override
    public Schema addForeignKey(AddForeignKey op) {
        table(op.foreignKey().referencedTable());
        return change(op.table(), t -> t.withForeignKeys(list -> added(list, op.foreignKey())));
    }

    @Override
    public Schema dropForeignKey(DropForeignKey op) {
        return change(op.table(), t -> t.withForeignKeys(list -> removed(list, op.foreignKey(), op.table())));
    }

    @Override
    public Schema createIndex(CreateIndex op) {
        return change(op.table(), t -> t.withIndexes(list -> added(list, op.index())));
    }

    @Override
    public Schema dropIndex(DropIndex op) {
        return change(op.table(), t -> t.withIndexes(list -> removed(list, op.index(), op.table())));
    }

    @Override
    public Schema addCheck(AddCheck op) {
        return change(op.table(), t -> t.withChecks(list -> added(list, op.check())));
    }

    @Override
    public Schema dropCheck(DropCheck op) {
        return change(op.table(), t -> t.withChecks(list -> removed(list, op.check(), op.table())));
    }

    @Override
    public Schema createSequence(CreateSequence op) {
        if (schema.sequence(op.sequence().name()).isPresent()) {
            throw new IllegalStateException("sequence " + op.sequence().name() + " already exists");
        }
        return schema.with(op.sequence());
    }

    @Override
    public Schema dropSequence(DropSequence op) {
        sequence(op.sequence().name());
        return schema.withoutSequence(op.sequence().name());
    }

    @Override
    public Schema alterSequence(AlterSequence op) {
        // how a default spells the sequence's next value is the database's, not the operation's
        String nextValue = sequence(op.from().name()).nextValueDefault();
        Sequence to = op.to();
        return schema.with(new Sequence(to.name(), to.start(), to.increment(), to.owner(), nextValue));
    }

    @Override
    public Schema createEnum(CreateEnum op) {
        if (schema.enumType(op.table()).isPresent()) {
            throw new IllegalStateException("enum type " + op.table() + " already exists");
        }
        return schema.with(op.enumType());
    }

    @Override
    public Schema dropEnum(DropEnum op) {
        EnumType existing = enumType(op.table());
        if (!schema.columnsOf(existing).isEmpty()) {
            throw new IllegalStateException("enum type " + op.table() + " is still used by " + schema.columnsOf(existing));
        }
        return schema.withoutEnum(op.table());
    }

    /** A recreation must name every column that uses the type, or dropping the old type would fail. */
    @Override
    public Schema alterEnum(AlterEnum op) {
        EnumType existing = enumType(op.table());
        if (op.recreates() && !schema.columnsOf(existing).equals(op.columns().stream().sorted().toList())) {
            throw new IllegalStateException("enum type " + op.table() + " is used by " + schema.columnsOf(existing)
                    + ", not " + op.columns());
        }
        return schema.with(op.to());
    }

    @Override
    public Schema setTableComment(SetTableComment op) {
        return change(op.table(), t -> t.withComment(op.to()));
    }

    @Override
    public Schema createSchema(CreateSchema op) {
        if (schema.namespaces().contains(op.name())) {
            throw new IllegalStateException("schema " + op.name() + " already exists");
        }
        java.util.Set<String> names = new java.util.TreeSet<>(schema.namespaces());
        names.add(op.name());
        return schema.withNamespaces(names);
    }

    @Override
    public Schema dropSchema(DropSchema op) {
        boolean used = schema.tables().stream().anyMatch(t -> op.name().equals(t.name().schema()))
                || schema.sequences().stream().anyMatch(q -> op.name().equals(q.name().schema()))
                || schema.enums().stream().anyMatch(e -> op.name().equals(e.name().schema()))
                || schema.views().stream().anyMatch(v -> op.name().equals(v.name().schema()));
        if (used || !schema.namespaces().contains(op.name())) {
            throw new IllegalStateException("schema " + op.name() + " is missing or not empty");
        }
        java.util.Set<String> names = new java.util.TreeSet<>(schema.namespaces());
        names.remove(op.name());
        return schema.withNamespaces(names);
    }

    @Override
    public Schema renameTable(RenameTable op) {
        if (schema.table(op.renamed()).isPresent()) {
            throw new IllegalStateException("table " + op.renamed() + " already exists");
        }
        return renamedInViews(schema, Renames.table(schema, table(op.from()), op.renamed()),
                u -> u.relation().equals(op.from()) ? new ViewUse(op.renamed(), u.column()) : u);
    }

    @Override
    public Schema renameColumn(RenameColumn op) {
        column(op.table(), op.from());
        if (table(op.table()).column(op.to()).isPresent()) {
            throw new IllegalStateException("column " + op.table() + "." + op.to() + " already exists");
        }
        return renamedInViews(schema, Renames.column(schema, op.table(), op.from(), op.to()),
                u -> u.reads(op.table(), op.from()) ? new ViewUse(op.table(), op.to()) : u);
    }

    @Override
    public Schema renameConstraint(RenameConstraint op) {
        return change(op.table(), t -> Renames.constraint(t, op.from(), op.to()));
    }

    @Override
    public Schema renameIndex(RenameIndex op) {
        return change(op.table(), t -> Renames.index(t, op.from(), op.to()));
    }

    @Override
    public Schema execute(Execute op) {
        return schema;
    }

    @Override
    public Schema setLockTimeout(SetLockTimeout op) {
        return schema;
    }

    @Override
    public Schema createView(CreateView op) {
        if (schema.view(op.table()).isPresent() || schema.table(op.table()).isPresent()) {
            throw new IllegalStateException("relation " + op.table() + " already exists");
        }
        return schema.with(op.view());
    }

    @Override
    public Schema dropView(DropView op) {
        if (schema.view(op.table()).isEmpty()) {
            throw new IllegalStateException("no view " + op.table());
        }
        return schema.withoutView(op.table());
    }

    /**
     * The views' records of what they read follow a rename, as PostgreSQL's do (a view reads by
     * reference, not by name); their definitions are what the database printed when it was read.
     */
    private static Schema renamedInViews(Schema before, Schema renamed, UnaryOperator<ViewUse> rename) {
        Schema out = renamed;
        for (View view : before.views()) {
            java.util.Set<ViewUse> uses = new java.util.TreeSet<>();
            view.uses().forEach(u -> uses.add(rename.apply(u)));
            out = out.with(view.withUses(uses));
        }
        return out;
    }

    private EnumType enumType(TableName name) {
        return schema.enumType(name).orElseThrow(() -> new IllegalStateException("no enum type " + name));
    }

    private Sequence sequence(TableName name) {
        return schema.sequence(name).orElseThrow(() -> new IllegalStateException("no sequence " + name));
    }

    private Table table(TableName name) {
        return schema.table(name).orElseThrow(() -> new IllegalStateException("no table " + name));
    }

    private Column column(TableName table, String name) {
        return table(table).column(name)
                .orElseThrow(() -> new IllegalStateException("no column " + table + "." + name));
    }

    private Schema change(TableName name, UnaryOperator<Table> change) {
        return schema.with(change.apply(table(name)));
    }

    private static <T> List<T> added(List<T> list, T item) {
        if (list.contains(item)) {
            throw new IllegalStateException(item + " already exists");
        }
        list.add(item);
        return list;
    }

    private static <T> List<T> removed(List<T> list, T item, TableName table) {
        if (!list.remove(item)) {
            throw new IllegalStateException("table " + table + " has no " + item);
        }
        return list;
    }
}
