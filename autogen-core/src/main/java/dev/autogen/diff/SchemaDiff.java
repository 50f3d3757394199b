package dev.autogen.diff;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateEnum;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateSchema;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropCheck;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropEnum;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropSchema;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUnique;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a current schema with a desired one and lists the operations that turn the first into
 * the second. Pure: no I/O, and the same inputs always give the same list.
 *
 * <p>The list follows a fixed order of phases, so that every statement is valid when it runs and
 * the reversed list of inverses (the downgrade) is valid too:
 * <ol>
 *   <li>drop foreign keys, indexes, unique constraints, checks and primary keys that go away;
 *       rename those that keep their definition but whose chosen name changed (once the names
 *       of what went away are free);
 *   <li>disown the sequences whose owner column goes; drop tables, sequences and schemas; create
 *       schemas, sequences (owned by nothing yet) and enum types; alter enum
 *       types (while only the columns of kept tables use them, as in the downgrade); create tables
 *       (without their foreign keys and indexes);
 *   <li>add columns, alter columns (one whose generation expression changes is dropped and added
 *       again), drop columns; drop the sequences that those columns' defaults used; change table
 *       comments;
 *   <li>add primary keys, unique constraints, checks, indexes, and the foreign keys; alter
 *       sequences (increments, and owners once their tables exist); drop the enum types no column
 *       uses any more.
 * </ol>
 * Views come around these phases ({@link Views}): those that must be dropped (they read a column
 * whose type changes, or their {@code @View} query changed) before the first, and those to create
 * after the last.
 * Within a phase, operations are sorted by table and then by constraint name. Foreign keys,
 * unique constraints, checks and indexes are matched by definition, never by name, so a database
 * whose constraints another tool named differently shows no difference; a matched one is renamed
 * only when the entities chose its name on purpose ({@link Table#explicitNames()}: an annotation's
 * {@code name}, or the readable naming convention) and that name differs. A primary key or unique
 * constraint is the same over the same columns in another order unless {@link KeyOrder} says the
 * order counts. A column whose default takes a sequence's next value ({@code serial}) is the column
 * the entities want when they use that sequence as the id's generator, or {@code IDENTITY}
 * ({@link SequenceColumns}). Last, a name the list would give to two relations of one schema (or to
 * one the database has) is changed to a free one ({@link RelationNames}).
 *
 * <pre>{@code List<Operation> upgrade = SchemaDiff.compare(current, desired);}</pre>
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * The operations with renames the user confirmed: the renames first, then what the diff finds
     * between the renamed current schema and the desired one, so that renamed columns keep their
     * data and constraints.
     */
    public static List<Operation> compare(Schema current, Schema desired, List<Operation> renames) {
        return compare(current, desired, renames, DiffOptions.DEFAULT);
    }

    /** As {@link #compare(Schema, Schema, List)}, with the key order and identifier limit of {@code options}. */
    public static List<Operation> compare(Schema current, Schema desired, List<Operation> renames,
                                          DiffOptions options) {
        return plan(current, desired, renames, options).operations();
    }

    public static List<Operation> compare(Schema current, Schema desired) {
        return compare(current, desired, List.of(), DiffOptions.DEFAULT);
    }

    public static List<Operation> compare(Schema current, Schema desired, DiffOptions options) {
        return compare(current, desired, List.of(), options);
    }

    /**
     * The operations with renames the user confirmed, and the names the diff chose itself because
     * the ones the entities give are taken in their schema ({@link RelationNames}).
     */
    public static Plan plan(Schema current, Schema desired, List<Operation> renames, DiffOptions options) {
        List<Operation> ops = new ArrayList<>(renames);
        ops.addAll(operations(renames.isEmpty() ? current : SchemaEditor.apply(current, renames), desired,
                options.keyOrder()));
        RelationNames.Result named = RelationNames.resolve(current, desired, ops, options.maxIdentifierBytes());
        return new Plan(named.operations(), named.choices());
    }

    /** What turns one schema into another, and the names chosen on the way (empty when none collided). */
    public record Plan(List<Operation> operations, List<NameChoice> nameChoices) {
    }

    private static List<Operation> operations(Schema current, Schema desired, KeyOrder keyOrder) {
        Schema wanted = Views.withoutMappedViews(current, desired);
        return Views.around(current, wanted, compareRelations(current, wanted, keyOrder));
    }

    private static List<Operation> compareRelations(Schema current, Schema desired, KeyOrder keyOrder) {
        List<TablePair> kept = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (Table table : current.tables()) {
            Optional<Table> wanted = desired.table(table.name());
            if (wanted.isPresent()) {
                kept.add(new TablePair(table, wanted.get()));
            } else {
                dropped.add(table);
            }
        }
        for (Table table : desired.tables()) {
            if (current.table(table.name()).isEmpty()) {
                created.add(table);
            }
        }
        List<ConstraintChanges> changes = new ArrayList<>();
        for (Table table : dropped) {
            changes.add(ConstraintChanges.ofDropped(table));
        }
        for (TablePair pair : kept) {
            changes.add(ConstraintChanges.between(pair.from(), pair.to(), keyOrder));
        }
        for (Table table : created) {
            changes.add(ConstraintChanges.ofCreated(table));
        }
        changes.sort((a, b) -> a.table().compareTo(b.table()));

        List<Operation> ops = new ArrayList<>();
        changes.forEach(c -> c.droppedForeignKeys().forEach(fk -> ops.add(new DropForeignKey(c.table(), fk))));
        changes.forEach(c -> c.droppedIndexes().forEach(ix -> ops.add(new DropIndex(c.table(), ix))));
        changes.forEach(c -> c.droppedUniques().forEach(uq -> ops.add(new DropUnique(c.table(), uq))));
        changes.forEach(c -> c.droppedChecks().forEach(ck -> ops.add(new DropCheck(c.table(), ck))));
        changes.forEach(c -> c.droppedPrimaryKey().ifPresent(pk -> ops.add(new DropPrimaryKey(c.table(), pk))));
        changes.forEach(c -> ops.addAll(c.renames()));
        SequenceColumns sequenceColumns = new SequenceColumns(current, desired);
        List<Sequence> droppedSequences = Sequences.dropped(current, desired, sequenceColumns);
        ops.addAll(Sequences.disowned(current, desired, droppedSequences));
        dropped.forEach(t -> ops.add(new DropTable(t.withoutForeignKeysAndIndexes())));
        // a sequence that a kept column's default uses goes once that column has let go of it
        droppedSequences.stream().filter(q -> !sequenceColumns.usedByKeptColumn(q))
                .forEach(q -> ops.add(new DropSequence(Sequences.unowned(q))));
        List<String> droppedNamespaces = Sequences.namespacesOnlyIn(current, desired);
        List<EnumType> droppedEnums = Enums.dropped(current, desired);
        // an enum type in a schema that goes away goes with it; the others once no column uses them
        droppedEnums.stream().filter(e -> droppedNamespaces.contains(e.name().schema()))
                .forEach(e -> ops.add(new DropEnum(e)));
        droppedNamespaces.forEach(n -> ops.add(new DropSchema(n)));
        Sequences.namespacesOnlyIn(desired, current).forEach(n -> ops.add(new CreateSchema(n)));
        Sequences.created(current, desired).forEach(q -> ops.add(new CreateSequence(Sequences.unowned(q))));
        Enums.dropped(desired, current).forEach(e -> ops.add(new CreateEnum(e)));
        Schema remaining = current.withoutTables(dropped.stream().map(Table::name).toList());
        ops.addAll(Enums.altered(current, desired, remaining));
        created.forEach(t -> ops.add(new CreateTable(t.withoutForeignKeysAndIndexes())));
        kept.forEach(p -> columnChanges(p, sequenceColumns, ops));
        droppedSequences.stream().filter(q -> sequenceColumns.usedByKeptColumn(q))
                .forEach(q -> ops.add(new DropSequence(Sequences.unowned(q))));
        kept.stream().filter(p -> !Objects.equals(p.from().comment(), p.to().comment()))
                .forEach(p -> ops.add(new SetTableComment(p.from().name(), p.from().comment(), p.to().comment())));
        changes.forEach(c -> c.addedPrimaryKey().ifPresent(pk -> ops.add(new AddPrimaryKey(c.table(), pk))));
        changes.forEach(c -> c.addedUniques().forEach(uq -> ops.add(new AddUnique(c.table(), uq))));
        changes.forEach(c -> c.addedChecks().forEach(ck -> ops.add(new AddCheck(c.table(), ck))));
        changes.forEach(c -> c.addedIndexes().forEach(ix -> ops.add(new CreateIndex(c.table(), ix))));
        changes.forEach(c -> c.addedForeignKeys().forEach(fk -> ops.add(new AddForeignKey(c.table(), fk))));
        Sequences.altered(current, desired).forEach(ops::add);
        droppedEnums.stream().filter(e -> !droppedNamespaces.contains(e.name().schema()))
                .forEach(e -> ops.add(new DropEnum(e)));
        return ops;
    }

    /** The downgrade of an upgrade: each operation's inverse, in reverse order. */
    public static List<Operation> inverse(List<Operation> upgrade) {
        List<Operation> out = new ArrayList<>(upgrade.size());
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            out.add(upgrade.get(i).inverse());
        }
        return List.copyOf(out);
    }

    private static void columnChanges(TablePair pair, SequenceColumns sequenceColumns, List<Operation> ops) {
        TableName name = pair.from().name();
        List<Operation> added = new ArrayList<>();
        List<Operation> altered = new ArrayList<>();
        List<Operation> removed = new ArrayList<>();
        for (Column wanted : pair.to().columns()) {
            Optional<Column> existing = pair.from().column(wanted.name());
            if (existing.isEmpty()) {
                added.add(new AddColumn(name, wanted));
            } else if (!Objects.equals(existing.get().generatedAs(), wanted.generatedAs())) {
                // no ALTER makes an ordinary column generated, nor (before PostgreSQL 17) changes the expression
                altered.add(new DropColumn(name, existing.get()));
                altered.add(new AddColumn(name, wanted));
            } else {
                Column adopted = sequenceColumns.adopt(name, existing.get(), wanted);
                if (!existing.get().equals(adopted)) {
                    altered.add(new AlterColumn(name, existing.get(), adopted));
                }
            }
        }
        for (Column existing : pair.from().columns()) {
            if (pair.to().column(existing.name()).isEmpty()) {
                removed.add(new DropColumn(name, existing));
            }
        }
        ops.addAll(added);
        ops.addAll(altered);
        ops.addAll(removed);
    }

    private record TablePair(Table from, Table to) {
    }
}
