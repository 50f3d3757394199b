package dev.autogen.operation;

import dev.autogen.schema.Column;
import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.ViewUse;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies operations to an in-memory {@link Schema}, as a database would apply their SQL; this is
 * how plans are checked with no database at all. Hand-written SQL ({@link Execute}) changes
 * nothing here. An operation that does not fit the schema (a column added twice, a table dropped
 * that is not there) fails with {@link IllegalStateException}.
 */
public final class SchemaEditor implements OperationVisitor<Void> {

    private final SchemaDraft draft;

    private SchemaEditor(SchemaDraft draft) {
        this.draft = draft;
    }

    /** {@code schema} after {@code operations}, in order; the schema is copied once, however many operations. */
    public static Schema apply(Schema schema, List<Operation> operations) {
        if (operations.isEmpty()) {
            return schema;
        }
        SchemaEditor editor = new SchemaEditor(new SchemaDraft(schema));
        for (Operation operation : operations) {
            operation.accept(editor);
        }
        return editor.draft.toSchema();
    }

    @Override
    public Void createTable(CreateTable op) {
        if (draft.tables.containsKey(op.table())) {
            throw new IllegalStateException("table " + op.table() + " already exists");
        }
        draft.tables.put(op.definition().name(), op.definition());
        return null;
    }

    @Override
    public Void dropTable(DropTable op) {
        Table existing = table(op.table());
        if (!existing.foreignKeys().isEmpty() || !existing.indexes().isEmpty()) {
            throw new IllegalStateException("table " + op.table() + " still has foreign keys or indexes");
        }
        draft.tables.remove(op.table());
        dropOwnedBy(op.table(), null);
        return null;
    }

    /** PostgreSQL drops the sequences a dropped table or column owns ({@code serial}); so does this. */
    private void dropOwnedBy(TableName table, String column) {
        draft.ownedBy(table, column).forEach(draft::removeSequence);
    }

    @Override
    public Void addColumn(AddColumn op) {
        if (table(op.table()).column(op.column().name()).isPresent()) {
            throw new IllegalStateException("column " + op.table() + "." + op.column().name() + " already exists");
        }
        return change(op.table(), t -> t.withColumns(cols -> {
            cols.add(op.column());
            return cols;
        }));
    }

    @Override
    public Void dropColumn(DropColumn op) {
        column(op.table(), op.column().name());
        change(op.table(), t -> t.withColumns(cols -> {
            cols.removeIf(c -> c.name().equals(op.column().name()));
            return cols;
        }));
        dropOwnedBy(op.table(), op.column().name());
        return null;
    }

    @Override
    public Void alterColumn(AlterColumn op) {
        column(op.table(), op.from().name());
        return change(op.table(), t -> t.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(op.from().name()) ? op.to() : c);
            return cols;
        }));
    }

    @Override
    public Void addPrimaryKey(AddPrimaryKey op) {
        if (table(op.table()).primaryKey() != null) {
            throw new IllegalStateException("table " + op.table() + " already has a primary key");
        }
        return change(op.table(), t -> t.withPrimaryKey(op.primaryKey()));
    }

    @Override
    public Void dropPrimaryKey(DropPrimaryKey op) {
        if (table(op.table()).primaryKey() == null) {
            throw new IllegalStateException("table " + op.table() + " has no primary key");
        }
        return change(op.table(), t -> t.withPrimaryKey(null));
    }

    @Override
    public Void addUnique(AddUnique op) {
        return change(op.table(), t -> t.withUniques(list -> added(list, op.unique())));
    }

    @Override
    public Void dropUnique(DropUnique op) {
        return change(op.table(), t -> t.withUniques(list -> removed(list, op.unique(), op.table())));
    }

    @Override
    public Void addForeignKey(AddForeignKey op) {
        table(op.foreignKey().referencedTable());
        return change(op.table(), t -> t.withForeignKeys(list -> added(list, op.foreignKey())));
    }

    @Override
    public Void dropForeignKey(DropForeignKey op) {
        return change(op.table(), t -> t.withForeignKeys(list -> removed(list, op.foreignKey(), op.table())));
    }

    @Override
    public Void createIndex(CreateIndex op) {
        return change(op.table(), t -> t.withIndexes(list -> added(list, op.index())));
    }

    @Override
    public Void dropIndex(DropIndex op) {
        return change(op.table(), t -> t.withIndexes(list -> removed(list, op.index(), op.table())));
    }

    @Override
    public Void addCheck(AddCheck op) {
        return change(op.table(), t -> t.withChecks(list -> added(list, op.check())));
    }

    @Override
    public Void dropCheck(DropCheck op) {
        return change(op.table(), t -> t.withChecks(list -> removed(list, op.check(), op.table())));
    }

    @Override
    public Void createSequence(CreateSequence op) {
        if (draft.sequences.containsKey(op.sequence().name())) {
            throw new IllegalStateException("sequence " + op.sequence().name() + " already exists");
        }
        draft.putSequence(op.sequence());
        return null;
    }

    @Override
    public Void dropSequence(DropSequence op) {
        sequence(op.sequence().name());
        draft.removeSequence(op.sequence().name());
        return null;
    }

    @Override
    public Void alterSequence(AlterSequence op) {
        // how a default spells the sequence's next value is the database's, not the operation's
        String nextValue = sequence(op.from().name()).nextValueDefault();
        Sequence to = op.to();
        draft.putSequence(new Sequence(to.name(), to.start(), to.increment(), to.owner(), nextValue));
        return null;
    }

    @Override
    public Void createEnum(CreateEnum op) {
        if (draft.enums.containsKey(op.table())) {
            throw new IllegalStateException("enum type " + op.table() + " already exists");
        }
        draft.enums.put(op.enumType().name(), op.enumType());
        return null;
    }

    @Override
    public Void dropEnum(DropEnum op) {
        EnumType existing = enumType(op.table());
        List<EnumColumn> users = columnsOf(existing);
        if (!users.isEmpty()) {
            throw new IllegalStateException("enum type " + op.table() + " is still used by " + users);
        }
        draft.enums.remove(op.table());
        return null;
    }

    /** A recreation must name every column that uses the type, or dropping the old type would fail. */
    @Override
    public Void alterEnum(AlterEnum op) {
        EnumType existing = enumType(op.table());
        if (op.recreates()) {
            List<EnumColumn> users = columnsOf(existing);
            if (!users.equals(op.columns().stream().sorted().toList())) {
                throw new IllegalStateException("enum type " + op.table() + " is used by " + users
                        + ", not " + op.columns());
            }
        }
        draft.enums.put(op.to().name(), op.to());
        return null;
    }

    /** As {@link Schema#columnsOf}, on the draft. */
    private List<EnumColumn> columnsOf(EnumType type) {
        List<EnumColumn> out = new java.util.ArrayList<>();
        for (Table table : draft.tables.values()) {
            for (Column column : table.columns()) {
                if (type.isTypeOf(column.type())) {
                    out.add(new EnumColumn(table.name(), column.name(), column.defaultValue()));
                }
            }
        }
        java.util.Collections.sort(out);
        return List.copyOf(out);
    }

    @Override
    public Void setTableComment(SetTableComment op) {
        return change(op.table(), t -> t.withComment(op.to()));
    }

    @Override
    public Void createSchema(CreateSchema op) {
        if (!draft.namespaces.add(op.name())) {
            throw new IllegalStateException("schema " + op.name() + " already exists");
        }
        return null;
    }

    @Override
    public Void dropSchema(DropSchema op) {
        boolean used = draft.tables.keySet().stream().anyMatch(t -> op.name().equals(t.schema()))
                || draft.sequences.keySet().stream().anyMatch(q -> op.name().equals(q.schema()))
                || draft.enums.keySet().stream().anyMatch(e -> op.name().equals(e.schema()))
                || draft.views.keySet().stream().anyMatch(v -> op.name().equals(v.schema()));
        if (used || !draft.namespaces.contains(op.name())) {
            throw new IllegalStateException("schema " + op.name() + " is missing or not empty");
        }
        draft.namespaces.remove(op.name());
        return null;
    }

    @Override
    public Void renameTable(RenameTable op) {
        if (draft.tables.containsKey(op.renamed())) {
            throw new IllegalStateException("table " + op.renamed() + " already exists");
        }
        Renames.table(draft, table(op.from()), op.renamed());
        renameInViews(u -> u.relation().equals(op.from()) ? new ViewUse(op.renamed(), u.column()) : u);
        return null;
    }

    @Override
    public Void renameColumn(RenameColumn op) {
        column(op.table(), op.from());
        if (table(op.table()).column(op.to()).isPresent()) {
            throw new IllegalStateException("column " + op.table() + "." + op.to() + " already exists");
        }
        Renames.column(draft, op.table(), op.from(), op.to());
        renameInViews(u -> u.reads(op.table(), op.from()) ? new ViewUse(op.table(), op.to()) : u);
        return null;
    }

    @Override
    public Void renameConstraint(RenameConstraint op) {
        return change(op.table(), t -> Renames.constraint(t, op.from(), op.to()));
    }

    @Override
    public Void renameIndex(RenameIndex op) {
        return change(op.table(), t -> Renames.index(t, op.from(), op.to()));
    }

    @Override
    public Void execute(Execute op) {
        return null;
    }

    @Override
    public Void setLockTimeout(SetLockTimeout op) {
        return null;
    }

    @Override
    public Void createView(CreateView op) {
        if (draft.views.containsKey(op.table()) || draft.tables.containsKey(op.table())) {
            throw new IllegalStateException("relation " + op.table() + " already exists");
        }
        draft.views.put(op.view().name(), op.view());
        return null;
    }

    @Override
    public Void dropView(DropView op) {
        if (draft.views.remove(op.table()) == null) {
            throw new IllegalStateException("no view " + op.table());
        }
        return null;
    }

    /**
     * The views' records of what they read follow a rename, as PostgreSQL's do (a view reads by
     * reference, not by name); their definitions are what the database printed when it was read.
     */
    private void renameInViews(UnaryOperator<ViewUse> rename) {
        draft.views.replaceAll((name, view) -> {
            java.util.Set<ViewUse> uses = new java.util.TreeSet<>();
            view.uses().forEach(u -> uses.add(rename.apply(u)));
            return view.withUses(uses);
        });
    }

    private EnumType enumType(TableName name) {
        EnumType type = draft.enums.get(name);
        if (type == null) {
            throw new IllegalStateException("no enum type " + name);
        }
        return type;
    }

    private Sequence sequence(TableName name) {
        Sequence sequence = draft.sequences.get(name);
        if (sequence == null) {
            throw new IllegalStateException("no sequence " + name);
        }
        return sequence;
    }

    private Table table(TableName name) {
        Table table = draft.tables.get(name);
        if (table == null) {
            throw new IllegalStateException("no table " + name);
        }
        return table;
    }

    private Column column(TableName table, String name) {
        return table(table).column(name)
                .orElseThrow(() -> new IllegalStateException("no column " + table + "." + name));
    }

    private Void change(TableName name, UnaryOperator<Table> change) {
        Table changed = change.apply(table(name));
        draft.tables.put(changed.name(), changed);
        return null;
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
