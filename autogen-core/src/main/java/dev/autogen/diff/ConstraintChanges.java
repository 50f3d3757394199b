package dev.autogen.diff;

import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys, constraints and indexes of one table that go away and that come, matched by
 * definition, and those that keep their definition but are renamed: only to a name the desired
 * side chose on purpose ({@link Table#explicitNames()}), never to one Hibernate or the database
 * made up. For a dropped table everything goes but the primary key, uniques and checks, which
 * {@code DropTable} carries; for a created table everything comes but those, which
 * {@code CreateTable} carries.
 */
record ConstraintChanges(TableName table,
                         List<ForeignKey> droppedForeignKeys, List<ForeignKey> addedForeignKeys,
                         List<Index> droppedIndexes, List<Index> addedIndexes,
                         List<UniqueConstraint> droppedUniques, List<UniqueConstraint> addedUniques,
                         List<CheckConstraint> droppedChecks, List<CheckConstraint> addedChecks,
                         Optional<PrimaryKey> droppedPrimaryKey, Optional<PrimaryKey> addedPrimaryKey,
                         List<Operation> renames) {

    static ConstraintChanges ofDropped(Table table) {
        return new ConstraintChanges(table.name(), table.foreignKeys(), List.of(), table.indexes(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    static ConstraintChanges ofCreated(Table table) {
        return new ConstraintChanges(table.name(), List.of(), table.foreignKeys(), List.of(), table.indexes(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    /** {@code keyOrder}: when the column order of primary keys and unique constraints counts. */
    static ConstraintChanges between(Table from, Table to, KeyOrder keyOrder) {
        Matching<ForeignKey> fks = Matching.of(from.foreignKeys(), to.foreignKeys(),
                fk -> Definitions.of(fk, keyOrder), ForeignKey::name);
        Matching<Index> indexes = Matching.of(from.indexes(), to.indexes(), Definitions::of, Index::name);
        Matching<UniqueConstraint> uniques = Matching.when(from.uniques(), to.uniques(),
                (current, desired) -> Definitions.sameUnique(current, desired, to, keyOrder), UniqueConstraint::name);
        Matching<CheckConstraint> checks = Matching.of(from.checks(), to.checks(), CheckConstraint::expression,
                CheckConstraint::name);
        boolean pkChanged = !Definitions.samePrimaryKey(from.primaryKey(), to.primaryKey(), to, keyOrder);
        List<String[]> constraintRenames = new ArrayList<>();
        renamed(fks, ForeignKey::name, to, constraintRenames);
        renamed(uniques, UniqueConstraint::name, to, constraintRenames);
        renamed(checks, CheckConstraint::name, to, constraintRenames);
        List<String[]> indexRenames = new ArrayList<>();
        renamed(indexes, Index::name, to, indexRenames);
        List<Operation> renames = new ArrayList<>();
        RenameOrder.of(constraintRenames).forEach(r -> renames.add(new RenameConstraint(from.name(), r[0], r[1])));
        RenameOrder.of(indexRenames).forEach(r -> renames.add(new RenameIndex(from.name(), r[0], r[1])));
        return new ConstraintChanges(from.name(),
                fks.onlyInFrom(), fks.onlyInTo(),
                indexes.onlyInFrom(), indexes.onlyInTo(),
                uniques.onlyInFrom(), uniques.onlyInTo(),
                checks.onlyInFrom(), checks.onlyInTo(),
                pkChanged ? Optional.ofNullable(from.primaryKey()) : Optional.empty(),
                pkChanged ? Optional.ofNullable(to.primaryKey()) : Optional.empty(),
                List.copyOf(renames));
    }

    /** {@code {from, to}} for each pair whose desired name was chosen on purpose and differs. */
    private static <T> void renamed(Matching<T> matching, Function<T, String> name, Table to, List<String[]> out) {
        for (Matching.Pair<T> pair : matching.paired()) {
            String current = name.apply(pair.from());
            String wanted = name.apply(pair.to());
            if (!current.equals(wanted) && to.isExplicit(wanted)) {
                out.add(new String[] {current, wanted});
            }
        }
    }
}
