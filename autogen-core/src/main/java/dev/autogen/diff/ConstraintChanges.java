package dev.autogen.diff;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * The keys, constraints and indexes of one table that go away and that come, matched by
 * definition. For a dropped table everything goes but the primary key, uniques and checks, which
 * {@code DropTable} carries; for a created table everything comes but those, which
 * {@code CreateTable} carries.
 */
record ConstraintChanges(TableName table,
                         List<ForeignKey> droppedForeignKeys, List<ForeignKey> addedForeignKeys,
                         List<Index> droppedIndexes, List<Index> addedIndexes,
                         List<UniqueConstraint> droppedUniques, List<UniqueConstraint> addedUniques,
                         List<CheckConstraint> droppedChecks, List<CheckConstraint> addedChecks,
                         Optional<PrimaryKey> droppedPrimaryKey, Optional<PrimaryKey> addedPrimaryKey) {

    static ConstraintChanges ofDropped(Table table) {
        return new ConstraintChanges(table.name(), table.foreignKeys(), List.of(), table.indexes(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    static ConstraintChanges ofCreated(Table table) {
        return new ConstraintChanges(table.name(), List.of(), table.foreignKeys(), List.of(), table.indexes(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    static ConstraintChanges between(Table from, Table to) {
        Matching<ForeignKey> fks = Matching.of(from.foreignKeys(), to.foreignKeys(), Definitions::of);
        Matching<Index> indexes = Matching.of(from.indexes(), to.indexes(), Definitions::of);
        Matching<UniqueConstraint> uniques = Matching.of(from.uniques(), to.uniques(), UniqueConstraint::columns);
        Matching<CheckConstraint> checks = Matching.of(from.checks(), to.checks(), CheckConstraint::expression);
        boolean pkChanged = !Definitions.samePrimaryKey(from.primaryKey(), to.primaryKey());
        return new ConstraintChanges(from.name(),
                fks.onlyInFrom(), fks.onlyInTo(),
                indexes.onlyInFrom(), indexes.onlyInTo(),
                uniques.onlyInFrom(), uniques.onlyInTo(),
                checks.onlyInFrom(), checks.onlyInTo(),
                pkChanged ? Optional.ofNullable(from.primaryKey()) : Optional.empty(),
                pkChanged ? Optional.ofNullable(to.primaryKey()) : Optional.empty());
    }
}
