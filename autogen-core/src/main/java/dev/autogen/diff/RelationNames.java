package dev.autogen.diff;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.AlterSequence;
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
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationVisitor;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameTable;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last pass of the diff: no operation list gives one name to two relations of a schema.
 * PostgreSQL keeps tables, sequences, indexes and the indexes behind primary keys and unique
 * constraints in one name space per schema, while Hibernate hashes a collection table's key name
 * from its owner's table (two {@code Set} collections of one entity get the same name), the
 * readable convention does the same, and users copy {@code @Index(name = "ix_created")} from
 * entity to entity. Walking the operations in the order they run, from the names the current
 * schema has, a name already taken becomes {@code <name>_1}, {@code _2}, ... (the first free one,
 * cut to fit the identifier limit); a rename whose target comes back to its own name is dropped,
 * so that the diff after such a migration is empty. Deterministic: the same list always gets the
 * same names.
 */
final class RelationNames implements OperationVisitor<Operation> {

    private record Holder(String kind, TableName table) {

        String describe(String name) {
            return table == null ? kind + " " + name : kind + " " + name + " of " + table;
        }
    }

    /** The operations with collision-free names, and what was renamed. */
    record Result(List<Operation> operations, List<NameChoice> choices) {
    }

    private final int maxBytes;
    private final Map<String, Map<String, Holder>> taken = new HashMap<>();
    private final Map<String, Set<String>> wanted = new HashMap<>();
    private final List<NameChoice> choices = new ArrayList<>();

    private RelationNames(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param desired the names its relations want are never chosen for another one, so that a
     *                name chosen here does not take one that the entities give on purpose
     */
    static Result resolve(Schema current, Schema desired, List<Operation> operations, int maxIdentifierBytes) {
        RelationNames names = new RelationNames(maxIdentifierBytes);
        for (Table table : current.tables()) {
            names.occupy(table);
        }
        for (Sequence sequence : current.sequences()) {
            names.take(sequence.name().schema(), sequence.name().name(), new Holder("sequence", null));
        }
        for (Table table : desired.tables()) {
            Set<String> space = names.wanted.computeIfAbsent(key(table.name().schema()), k -> new HashSet<>());
            space.add(table.name().name());
            if (table.primaryKey() != null && table.primaryKey().name() != null) {
                space.add(table.primaryKey().name());
            }
            table.uniques().forEach(u -> space.add(u.name()));
            table.indexes().forEach(i -> space.add(i.name()));
        }
        for (Sequence sequence : desired.sequences()) {
            names.wanted.computeIfAbsent(key(sequence.name().schema()), k -> new HashSet<>())
                    .add(sequence.name().name());
        }
        List<Operation> out = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            Operation resolved = op.accept(names);
            if (resolved != null) {
                out.add(resolved);
            }
        }
        return new Result(List.copyOf(out), List.copyOf(names.choices));
    }

    private void occupy(Table table) {
        String ns = table.name().schema();
        take(ns, table.name().name(), new Holder("table", null));
        if (table.primaryKey() != null && table.primaryKey().name() != null) {
            take(ns, table.primaryKey().name(), new Holder("primary key", table.name()));
        }
        table.uniques().forEach(u -> take(ns, u.name(), new Holder("unique constraint", table.name())));
        table.indexes().forEach(i -> take(ns, i.name(), new Holder("index", table.name())));
    }

    private void vacate(Table table) {
        String ns = table.name().schema();
        free(ns, table.name().name());
        if (table.primaryKey() != null && table.primaryKey().name() != null) {
            free(ns, table.primaryKey().name());
        }
        table.uniques().forEach(u -> free(ns, u.name()));
        table.indexes().forEach(i -> free(ns, i.name()));
    }

    private static String key(String ns) {
        return ns == null ? "" : ns;
    }

    private Map<String, Holder> space(String ns) {
        return taken.computeIfAbsent(key(ns), k -> new HashMap<>());
    }

    private void take(String ns, String name, Holder holder) {
        space(ns).put(name, holder);
    }

    private void free(String ns, String name) {
        space(ns).remove(name);
    }

    /**
     * What {@code name} becomes for a {@code kind} of {@code table}: itself if free, else the first
     * free {@code name_N}.
     */
    private String choose(TableName table, String kind, String name) {
        Map<String, Holder> space = space(table.schema());
        Holder holder = space.get(name);
        String chosen = name;
        if (holder != null) {
            Set<String> reserved = wanted.getOrDefault(key(table.schema()), Set.of());
            for (int n = 1; space.containsKey(chosen) || reserved.contains(chosen); n++) {
                chosen = suffixed(name, "_" + n);
            }
            choices.add(new NameChoice(table, kind, name, chosen, holder.describe(name)));
        }
        space.put(chosen, new Holder(kind, table));
        return chosen;
    }

    /** {@code name + suffix}, with {@code name} cut (never inside a character) so that it fits the limit. */
    private String suffixed(String name, String suffix) {
        int room = maxBytes - suffix.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > room) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out + suffix;
    }

    /** A rename of a key or index: {@code null} when the name it can have is the one it has. */
    private Operation renamed(TableName table, String from, String to, String kind,
                              java.util.function.BiFunction<String, String, Operation> make) {
        free(table.schema(), from);
        String chosen = choose(table, kind, to);
        if (chosen.equals(from)) {
            choices.remove(choices.size() - 1); // nothing changes: the name stays what it is
            return null;
        }
        return make.apply(from, chosen);
    }

    @Override
    public Operation createTable(CreateTable op) {
        Table table = op.definition();
        take(table.name().schema(), table.name().name(), new Holder("table", null));
        Table out = table;
        PrimaryKey pk = table.primaryKey();
        if (pk != null && pk.name() != null) {
            String chosen = choose(table.name(), "primary key", pk.name());
            if (!chosen.equals(pk.name())) {
                out = out.withPrimaryKey(new PrimaryKey(chosen, pk.columns()));
            }
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : table.uniques()) {
            uniques.add(unique.withName(choose(table.name(), "unique constraint", unique.name())));
        }
        if (!uniques.equals(table.uniques())) {
            out = out.withUniques(list -> uniques);
        }
        for (Index index : table.indexes()) {
            take(table.name().schema(), index.name(), new Holder("index", table.name()));
        }
        return out == table ? op : new CreateTable(out);
    }

    @Override
    public Operation dropTable(DropTable op) {
        vacate(op.definition());
        return op;
    }

    @Override
    public Operation addPrimaryKey(AddPrimaryKey op) {
        PrimaryKey pk = op.primaryKey();
        if (pk.name() == null) {
            return op;
        }
        String chosen = choose(op.table(), "primary key", pk.name());
        return chosen.equals(pk.name()) ? op : new AddPrimaryKey(op.table(), new PrimaryKey(chosen, pk.columns()));
    }

    @Override
    public Operation dropPrimaryKey(DropPrimaryKey op) {
        if (op.primaryKey().name() != null) {
            free(op.table().schema(), op.primaryKey().name());
        }
        return op;
    }

    @Override
    public Operation addUnique(AddUnique op) {
        String chosen = choose(op.table(), "unique constraint", op.unique().name());
        return chosen.equals(op.unique().name()) ? op : new AddUnique(op.table(), op.unique().withName(chosen));
    }

    @Override
    public Operation dropUnique(DropUnique op) {
        free(op.table().schema(), op.unique().name());
        return op;
    }

    @Override
    public Operation createIndex(CreateIndex op) {
        String chosen = choose(op.table(), "index", op.index().name());
        return chosen.equals(op.index().name()) ? op
                : new CreateIndex(op.table(), op.index().withName(chosen), op.concurrently());
    }

    @Override
    public Operation dropIndex(DropIndex op) {
        free(op.table().schema(), op.index().name());
        return op;
    }

    @Override
    public Operation createSequence(CreateSequence op) {
        take(op.sequence().name().schema(), op.sequence().name().name(), new Holder("sequence", null));
        return op;
    }

    @Override
    public Operation dropSequence(DropSequence op) {
        free(op.sequence().name().schema(), op.sequence().name().name());
        return op;
    }

    @Override
    public Operation renameTable(RenameTable op) {
        Map<String, Holder> space = space(op.from().schema());
        space.remove(op.from().name());
        space.put(op.to(), new Holder("table", null));
        space.replaceAll((name, h) -> op.from().equals(h.table()) ? new Holder(h.kind(), op.renamed()) : h);
        return op;
    }

    @Override
    public Operation renameConstraint(RenameConstraint op) {
        Holder holder = space(op.table().schema()).get(op.from());
        if (holder == null || !op.table().equals(holder.table())) {
            return op; // a foreign key or check: its name is the table's own business
        }
        return renamed(op.table(), op.from(), op.to(), holder.kind(),
                (from, to) -> new RenameConstraint(op.table(), from, to));
    }

    @Override
    public Operation renameIndex(RenameIndex op) {
        return renamed(op.table(), op.from(), op.to(), "index", (from, to) -> new RenameIndex(op.table(), from, to));
    }

    @Override
    public Operation addColumn(AddColumn op) {
        return op;
    }

    @Override
    public Operation dropColumn(DropColumn op) {
        return op;
    }

    @Override
    public Operation alterColumn(AlterColumn op) {
        return op;
    }

    @Override
    public Operation addForeignKey(AddForeignKey op) {
        return op;
    }

    @Override
    public Operation dropForeignKey(DropForeignKey op) {
        return op;
    }

    @Override
    public Operation addCheck(AddCheck op) {
        return op;
    }

    @Override
    public Operation dropCheck(DropCheck op) {
        return op;
    }

    @Override
    public Operation alterSequence(AlterSequence op) {
        return op;
    }

    @Override
    public Operation createEnum(CreateEnum op) {
        return op;
    }

    @Override
    public Operation dropEnum(DropEnum op) {
        return op;
    }

    @Override
    public Operation alterEnum(AlterEnum op) {
        return op;
    }

    @Override
    public Operation setTableComment(SetTableComment op) {
        return op;
    }

    @Override
    public Operation createSchema(CreateSchema op) {
        return op;
    }

    @Override
    public Operation dropSchema(DropSchema op) {
        return op;
    }

    @Override
    public Operation renameColumn(RenameColumn op) {
        return op;
    }

    @Override
    public Operation execute(Execute op) {
        return op;
    }

    @Override
    public Operation setLockTimeout(dev.autogen.operation.SetLockTimeout op) {
        return op;
    }

    @Override
    public Operation createView(dev.autogen.operation.CreateView op) {
        return op;
    }

    @Override
    public Operation dropView(dev.autogen.operation.DropView op) {
        return op;
    }
}
