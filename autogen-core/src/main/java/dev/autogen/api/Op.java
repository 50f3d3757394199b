package dev.autogen.api;

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
import dev.autogen.operation.CreateView;
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
import dev.autogen.operation.DropView;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameTable;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.View;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/**
 * What a migration changes, one call per operation. Each call builds the same operation value the
 * diff produces and hands it to the runner, which executes it at once in the migration's
 * transaction; {@link #connection()} gives plain JDBC inside that same transaction.
 *
 * <pre>{@code
 * op.addColumn("users", column("full_name", "text"));
 * op.execute("UPDATE users SET full_name = first_name || ' ' || last_name");
 * op.alterColumn("users", column("full_name", "text"), column("full_name", "text").notNull());
 * }</pre>
 */
public final class Op {

    /** Where operations go: executed by the runner, or recorded. */
    public interface Sink {
        void accept(Operation operation);

        Connection connection();
    }

    private final Sink sink;

    public Op(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Creates a table from columns, a primary key, unique and check constraints, and a {@code comment(...)}. */
    public void createTable(String table, TableElement... elements) {
        sink.accept(new CreateTable(Table.of(TableName.parse(table), List.of(elements))));
    }

    /** Drops a table; the elements describe it so that the inverse can recreate it. */
    public void dropTable(String table, TableElement... elements) {
        sink.accept(new DropTable(Table.of(TableName.parse(table), List.of(elements))));
    }

    public void addColumn(String table, Column column) {
        sink.accept(new AddColumn(TableName.parse(table), column));
    }

    public void dropColumn(String table, Column column) {
        sink.accept(new DropColumn(TableName.parse(table), column));
    }

    /** Changes a column from one definition to another: type, nullability, default. */
    public void alterColumn(String table, Column from, Column to) {
        sink.accept(new AlterColumn(TableName.parse(table), from, to));
    }

    /**
     * As {@link #alterColumn}, for a migration outside a transaction on a table that holds rows: a
     * change that only makes the column NOT NULL goes through a check constraint added NOT VALID
     * and validated without blocking writes, which SET NOT NULL then uses instead of scanning the
     * table (docs/online-migrations.md); it fails at the validation if a row still holds null.
     */
    public void alterColumnOnline(String table, Column from, Column to) {
        sink.accept(new AlterColumn(TableName.parse(table), from, to, true));
    }

    public void addPrimaryKey(String table, PrimaryKey primaryKey) {
        sink.accept(new AddPrimaryKey(TableName.parse(table), primaryKey));
    }

    public void dropPrimaryKey(String table, PrimaryKey primaryKey) {
        sink.accept(new DropPrimaryKey(TableName.parse(table), primaryKey));
    }

    /**
     * Adds a unique constraint from an index built {@code CONCURRENTLY} ({@code ADD CONSTRAINT ...
     * UNIQUE USING INDEX}), so writes go on while it builds; for a migration with
     * {@code @Revision(transactional = false)}. Running it again is safe.
     */
    public void addUniqueOnline(String table, UniqueConstraint unique) {
        sink.accept(new AddUnique(TableName.parse(table), unique, true));
    }

    /** Drops a unique constraint if it exists; the inverse of {@link #addUniqueOnline}. */
    public void dropUniqueOnline(String table, UniqueConstraint unique) {
        sink.accept(new DropUnique(TableName.parse(table), unique, true));
    }

    public void addUnique(String table, UniqueConstraint unique) {
        sink.accept(new AddUnique(TableName.parse(table), unique));
    }

    public void dropUnique(String table, UniqueConstraint unique) {
        sink.accept(new DropUnique(TableName.parse(table), unique));
    }

    /**
     * Adds a foreign key NOT VALID, which locks both tables only for a moment, then validates it
     * while reads and writes go on; for a migration with {@code @Revision(transactional = false)},
     * where each statement commits on its own. Running it again is safe.
     */
    public void addForeignKeyOnline(String table, ForeignKey foreignKey) {
        sink.accept(new AddForeignKey(TableName.parse(table), foreignKey, true));
    }

    /** Drops a foreign key if it exists; the inverse of {@link #addForeignKeyOnline}. */
    public void dropForeignKeyOnline(String table, ForeignKey foreignKey) {
        sink.accept(new DropForeignKey(TableName.parse(table), foreignKey, true));
    }

    public void addForeignKey(String table, ForeignKey foreignKey) {
        sink.accept(new AddForeignKey(TableName.parse(table), foreignKey));
    }

    public void dropForeignKey(String table, ForeignKey foreignKey) {
        sink.accept(new DropForeignKey(TableName.parse(table), foreignKey));
    }

    public void createIndex(String table, Index index) {
        sink.accept(new CreateIndex(TableName.parse(table), index));
    }

    public void dropIndex(String table, Index index) {
        sink.accept(new DropIndex(TableName.parse(table), index));
    }

    /**
     * Builds an index without blocking writes to the table ({@code CREATE INDEX CONCURRENTLY}),
     * first dropping a half-built one a failed run left behind, so running it again is safe.
     * PostgreSQL refuses it inside a transaction: the migration needs
     * {@code @Revision(transactional = false)}.
     */
    public void createIndexConcurrently(String table, Index index) {
        sink.accept(new CreateIndex(TableName.parse(table), index, true));
    }

    /**
     * Drops an index without blocking the table ({@code DROP INDEX CONCURRENTLY IF EXISTS}); needs
     * {@code @Revision(transactional = false)}.
     */
    public void dropIndexConcurrently(String table, Index index) {
        sink.accept(new DropIndex(TableName.parse(table), index, true));
    }

    /**
     * Adds a check constraint NOT VALID, then validates it while reads and writes go on; for a
     * migration with {@code @Revision(transactional = false)}. Running it again is safe.
     */
    public void addCheckOnline(String table, CheckConstraint check) {
        sink.accept(new AddCheck(TableName.parse(table), check, true));
    }

    /** Drops a check constraint if it exists; the inverse of {@link #addCheckOnline}. */
    public void dropCheckOnline(String table, CheckConstraint check) {
        sink.accept(new DropCheck(TableName.parse(table), check, true));
    }

    public void addCheck(String table, CheckConstraint check) {
        sink.accept(new AddCheck(TableName.parse(table), check));
    }

    public void dropCheck(String table, CheckConstraint check) {
        sink.accept(new DropCheck(TableName.parse(table), check));
    }

    public void createSequence(Sequence sequence) {
        sink.accept(new CreateSequence(sequence));
    }

    public void dropSequence(Sequence sequence) {
        sink.accept(new DropSequence(sequence));
    }

    /** Changes a sequence's start value or increment. */
    public void alterSequence(Sequence from, Sequence to) {
        sink.accept(new AlterSequence(from, to));
    }

    /** Creates an enum type: {@code op.createEnum(enumType("order_status", "NEW", "PAID"))}. */
    public void createEnum(EnumType enumType) {
        sink.accept(new CreateEnum(enumType));
    }

    /** Drops an enum type no column uses; its values describe it so that the inverse can recreate it. */
    public void dropEnum(EnumType enumType) {
        sink.accept(new DropEnum(enumType));
    }

    /**
     * Changes an enum type's values. Values only added are added in place; otherwise the type is
     * recreated and the columns that use it, every one of them listed, converted:
     * {@code op.alterEnum(enumType("s", "A", "B"), enumType("s", "B"), enumColumn("orders", "status"))}.
     */
    public void alterEnum(EnumType from, EnumType to, EnumColumn... columns) {
        sink.accept(new AlterEnum(from, to, List.of(columns)));
    }

    /** Changes a table's comment; {@code null} means none. */
    public void setTableComment(String table, String from, String to) {
        sink.accept(new SetTableComment(TableName.parse(table), from, to));
    }

    /** Creates a schema (namespace). */
    public void createSchema(String name) {
        sink.accept(new CreateSchema(name));
    }

    /** Drops an empty schema (namespace). */
    public void dropSchema(String name) {
        sink.accept(new DropSchema(name));
    }

    /** Renames a table within its schema: {@code op.renameTable("billing.bill", "invoice")}. */
    public void renameTable(String table, String newName) {
        sink.accept(new RenameTable(TableName.parse(table), newName));
    }

    /** Renames a column, keeping its data: {@code op.renameColumn("users", "name", "full_name")}. */
    public void renameColumn(String table, String column, String newName) {
        sink.accept(new RenameColumn(TableName.parse(table), column, newName));
    }

    /**
     * Renames a foreign key, unique, check or primary key constraint, keeping its definition (a
     * unique's index is renamed along): {@code op.renameConstraint("orders", "fk1", "fk_orders_customer")}.
     */
    public void renameConstraint(String table, String constraint, String newName) {
        sink.accept(new RenameConstraint(TableName.parse(table), constraint, newName));
    }

    /** Renames an index, keeping its definition: {@code op.renameIndex("orders", "idx1", "ix_orders_placed_at")}. */
    public void renameIndex(String table, String index, String newName) {
        sink.accept(new RenameIndex(TableName.parse(table), index, newName));
    }

    /** Creates a view or materialized view: {@code op.createView(view("active_users", "SELECT id FROM users WHERE active"))}. */
    public void createView(View view) {
        sink.accept(new CreateView(view));
    }

    /** Drops a view or materialized view; its definition describes it so that the inverse can recreate it. */
    public void dropView(View view) {
        sink.accept(new DropView(view));
    }

    /**
     * Bounds how long each following statement of this migration waits for a lock
     * ({@code SET lock_timeout}), until the migration ends: a statement that would queue behind a
     * long transaction fails instead of blocking every query on the table behind it, and the runner
     * tries the migration again a few times, waiting longer each time:
     * {@code op.lockTimeout(Duration.ofSeconds(5))}.
     */
    public void lockTimeout(java.time.Duration timeout) {
        sink.accept(new dev.autogen.operation.SetLockTimeout(timeout));
    }

    /** Runs SQL written by hand, in the migration's transaction. */
    public void execute(String sql) {
        sink.accept(new Execute(Objects.requireNonNull(sql, "sql"), null));
    }

    /**
     * Runs SQL written by hand and records how to undo it, so that a plan's inverse (e.g. a squash
     * or a generated downgrade) can run {@code reverseSql}.
     */
    public void execute(String sql, String reverseSql) {
        sink.accept(new Execute(Objects.requireNonNull(sql, "sql"), reverseSql));
    }

    /**
     * Runs one parameterised statement once per row of parameters, as a single JDBC batch in the
     * migration's transaction; returns the update counts. Values go through
     * {@link java.sql.PreparedStatement#setObject}:
     * {@code op.executeBatch("UPDATE users SET full_name = ? WHERE id = ?", List.of(List.of("Ada Lovelace", 1L)))}.
     */
    public int[] executeBatch(String sql, List<? extends List<?>> rows) throws java.sql.SQLException {
        Objects.requireNonNull(sql, "sql");
        try (java.sql.PreparedStatement statement = connection().prepareStatement(sql)) {
            for (List<?> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    statement.setObject(i + 1, row.get(i));
                }
                statement.addBatch();
            }
            return rows.isEmpty() ? new int[0] : statement.executeBatch();
        }
    }

    /** Plain JDBC in the migration's transaction: do not commit, roll back or close it. */
    public Connection connection() {
        return sink.connection();
    }
}
