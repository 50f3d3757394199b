package dev.autogen.workflow;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SetLockTimeout;
import dev.autogen.schema.Column;
import dev.autogen.schema.TableName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code online} safety policy ({@code [migrations] safety = "online"},
 * docs/online-migrations.md) does to a diff, on tables that already exist (a table created in the
 * same diff holds no rows and needs none of it):
 * <ul>
 *   <li>indexes are dropped and built {@code CONCURRENTLY}, constraints dropped {@code IF EXISTS}: the
 *       drops in a migration outside a transaction that runs first, the rest in one that runs last;</li>
 *   <li>foreign keys and checks are added {@code NOT VALID}, then validated;</li>
 *   <li>unique constraints take over an index built concurrently;</li>
 *   <li>a column made NOT NULL goes through a validated check (and one made nullable is, first, so
 *       that the downgrade's NOT NULL does);</li>
 *   <li>a new NOT NULL column without a default is added nullable, to be filled (the marked
 *       backfill step) before it is made NOT NULL that way.</li>
 * </ul>
 * These run outside a transaction, so they move into migrations of their own around the
 * transactional rest; each migration starts with a lock timeout.
 * Without the policy, {@code --concurrently} moves only the new indexes ({@link ConcurrentIndexes}).
 *
 * <pre>{@code
 * OnlineMigrations.Split split = OnlineMigrations.split(operations, policy);
 * split.before();          // online drops, in the diff's order, first
 * split.transactional();   // in the diff's order
 * split.outside();         // the online forms of the adds, in the diff's order, after the rest
 * }</pre>
 */
public final class OnlineMigrations {

    private OnlineMigrations() {
    }

    /**
     * How generated migrations treat tables that hold rows: {@code online} or not, new indexes
     * concurrently (implied by online), and the lock timeout an online migration sets.
     */
    public record Policy(boolean online, boolean concurrentIndexes, Duration lockTimeout) {

        /**
         * The project's policy: {@code [migrations] safety} (overridden by {@code safety} when not
         * null, e.g. a command-line flag), with its {@code ddl_lock_timeout}; {@code concurrently}
         * (or {@code concurrent_indexes}) adds concurrent indexes to the simple policy.
         */
        public static Policy of(dev.autogen.config.AutogenConfig config, String safety, boolean concurrently) {
            boolean online = safety == null ? config.onlineMigrations() : safety.equals("online");
            return online ? online(config.ddlLockTimeout()) : simple(concurrently || config.concurrentIndexes());
        }

        /** Today's form: no lock timeout, indexes concurrently only when asked. */
        public static Policy simple(boolean concurrentIndexes) {
            return new Policy(false, concurrentIndexes, null);
        }

        /** The online policy with a lock timeout of {@code lockTimeout} (zero: none). */
        public static Policy online(Duration lockTimeout) {
            return new Policy(true, true, lockTimeout);
        }
    }

    /**
     * The operations of the migration outside a transaction that runs first (indexes and
     * constraints dropped online), of the transactional migration, of the migration outside a
     * transaction after it (the online forms of what is added), and the columns added nullable that
     * the last one makes NOT NULL (to backfill).
     */
    public record Split(List<Operation> before, List<Operation> transactional, List<Operation> outside,
                        Set<AlterColumn> backfills) {

        public Split {
            before = List.copyOf(before);
            transactional = List.copyOf(transactional);
            outside = List.copyOf(outside);
            backfills = Set.copyOf(backfills);
        }
    }

    public static Split split(List<Operation> operations, Policy policy) {
        if (!policy.online()) {
            ConcurrentIndexes.Split indexes = policy.concurrentIndexes() ? ConcurrentIndexes.split(operations)
                    : new ConcurrentIndexes.Split(operations, List.of());
            return new Split(List.of(), indexes.transactional(), indexes.concurrent(), Set.of());
        }
        Set<TableName> created = tables(operations, CreateTable.class);
        Set<TableName> dropped = tables(operations, DropTable.class);
        List<Operation> before = new ArrayList<>();
        List<Operation> transactional = new ArrayList<>();
        List<Operation> outside = new ArrayList<>();
        Set<AlterColumn> backfills = new HashSet<>();
        for (Operation op : operations) {
            boolean existing = op.table() != null && !created.contains(op.table()) && !dropped.contains(op.table());
            Operation dropFirst = op.table() != null && !created.contains(op.table()) ? onlineDrop(op) : null;
            if (dropFirst != null) {
                before.add(dropFirst);
            } else if (!existing) {
                transactional.add(op);
            } else if (op instanceof CreateIndex index && !index.concurrently()
                    && !ConcurrentIndexes.referencedByNewForeignKey(index, operations)) {
                outside.add(new CreateIndex(index.table(), index.index(), true));
            } else if (op instanceof AddForeignKey fk && !fk.online()) {
                outside.add(new AddForeignKey(fk.table(), fk.foreignKey(), true));
            } else if (op instanceof AddCheck check && !check.online()) {
                outside.add(new AddCheck(check.table(), check.check(), true));
            } else if (op instanceof AddUnique unique && !unique.online()
                    && !referencedFromNewTable(unique, operations, created)) {
                outside.add(new AddUnique(unique.table(), unique.unique(), true));
            } else if (op instanceof AlterColumn alter && !alter.online() && onlySetsNotNull(alter)) {
                outside.add(new AlterColumn(alter.table(), alter.from(), alter.to(), true));
            } else if (op instanceof AlterColumn alter && !alter.online() && alter.from().nullable()
                    && !alter.to().nullable() && !alter.to().identity()) {
                // the other changes (type, default) here; the NOT NULL online, after
                Column stillNullable = alter.to().withNullable(true);
                transactional.add(new AlterColumn(alter.table(), alter.from(), stillNullable));
                outside.add(new AlterColumn(alter.table(), stillNullable, alter.to(), true));
            } else if (op instanceof AddColumn add && needsBackfill(add.column())) {
                Column nullable = add.column().withNullable(true);
                transactional.add(new AddColumn(add.table(), nullable));
                AlterColumn notNull = new AlterColumn(add.table(), nullable, add.column(), true);
                outside.add(notNull);
                backfills.add(notNull);
            } else {
                transactional.add(op);
            }
        }
        return new Split(before, transactional, outside, backfills);
    }

    /**
     * The online form of a drop of an index or constraint, which goes before everything else
     * ({@code DROP INDEX CONCURRENTLY IF EXISTS}, {@code DROP CONSTRAINT IF EXISTS}, safe to rerun;
     * their inverses, run last by the downgrade, are the online adds); {@code null} for any other operation.
     */
    private static Operation onlineDrop(Operation op) {
        if (op instanceof DropIndex index && !index.concurrently()) {
            return new DropIndex(index.table(), index.index(), true);
        } else if (op instanceof dev.autogen.operation.DropForeignKey fk && !fk.online()) {
            return new dev.autogen.operation.DropForeignKey(fk.table(), fk.foreignKey(), true);
        } else if (op instanceof dev.autogen.operation.DropUnique unique && !unique.online()) {
            return new dev.autogen.operation.DropUnique(unique.table(), unique.unique(), true);
        } else if (op instanceof dev.autogen.operation.DropCheck check && !check.online()) {
            return new dev.autogen.operation.DropCheck(check.table(), check.check(), true);
        } else if (op instanceof AlterColumn alter && !alter.online() && onlySetsNotNull(new AlterColumn(alter.table(), alter.to(), alter.from()))) {
            // DROP NOT NULL is quick; online, its inverse (the downgrade's SET NOT NULL) goes through a check
            return new AlterColumn(alter.table(), alter.from(), alter.to(), true);
        }
        return null;
    }

    /**
     * The downgrade of a migration's operations: their inverses in reverse order, without the
     * drops of indexes of tables the downgrade drops anyway (under the online policy, where an
     * index drop that is not concurrent would be a needless lock).
     */
    public static List<Operation> downgrade(List<Operation> operations, Policy policy) {
        List<Operation> inverse = dev.autogen.diff.SchemaDiff.inverse(operations);
        if (!policy.online()) {
            return inverse;
        }
        Set<TableName> dropped = tables(inverse, DropTable.class);
        return inverse.stream().filter(op -> !(op instanceof DropIndex && dropped.contains(op.table()))).toList();
    }

    /**
     * The operations of one migration, after a lock timeout when the policy sets one: even a
     * migration that only creates tables may wait for a lock on a table it references.
     */
    public static List<Operation> withLockTimeout(List<Operation> operations, Policy policy) {
        if (!policy.online() || policy.lockTimeout() == null || policy.lockTimeout().isZero() || operations.isEmpty()) {
            return operations;
        }
        List<Operation> out = new ArrayList<>(operations.size() + 1);
        out.add(new SetLockTimeout(policy.lockTimeout()));
        out.addAll(operations);
        return out;
    }

    /**
     * The marked backfill step above the NOT NULL of a column added nullable: what to fill it with
     * is the reviewer's call, and without it the validation fails on the first row of a table that
     * holds rows (before any strong lock is taken).
     */
    static String backfillNote(AlterColumn alter) {
        String column = alter.to().name();
        return "BACKFILL: " + alter.table() + "." + column + " is NOT NULL without a default, so the migration before "
                + "this one added it nullable; fill it here before it becomes NOT NULL, e.g. op.execute(\"UPDATE "
                + alter.table() + " SET " + column + " = ... WHERE " + column + " IS NULL\") (or give it a default: "
                + "@ColumnDefault); on a table with rows and no backfill, the validation below fails and nothing is "
                + "changed";
    }

    private static boolean needsBackfill(Column column) {
        return !column.nullable() && column.defaultValue() == null && !column.identity() && !column.generated();
    }

    private static boolean onlySetsNotNull(AlterColumn alter) {
        return alter.from().nullable() && !alter.to().nullable() && alter.from().withNullable(false).equals(alter.to());
    }

    /** Whether a foreign key of a table created in the same diff needs this unique constraint to exist. */
    private static boolean referencedFromNewTable(AddUnique unique, List<Operation> operations, Set<TableName> created) {
        return operations.stream().anyMatch(op -> op instanceof AddForeignKey fk && created.contains(fk.table())
                && fk.foreignKey().referencedTable().equals(unique.table())
                && Set.copyOf(fk.foreignKey().referencedColumns()).equals(Set.copyOf(unique.unique().columns())))
                || operations.stream().anyMatch(op -> op instanceof CreateTable t && t.definition().foreignKeys().stream()
                .anyMatch(fk -> fk.referencedTable().equals(unique.table())));
    }

    private static Set<TableName> tables(List<Operation> operations, Class<? extends Operation> kind) {
        Set<TableName> tables = new HashSet<>();
        operations.stream().filter(kind::isInstance).forEach(op -> tables.add(op.table()));
        return tables;
    }
}
