package dev.autogen.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One line of plain English per operation, as {@code autogen -m} and {@code check} print them. */
public final class OperationSummary implements OperationVisitor<String> {

    private static final OperationSummary INSTANCE = new OperationSummary();

    private OperationSummary() {
    }

    public static String of(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public String createTable(CreateTable op) {
        return "add table '" + op.table() + "'";
    }

    @Override
    public String dropTable(DropTable op) {
        return "drop table '" + op.table() + "'";
    }

    @Override
    public String addColumn(AddColumn op) {
        return "add column '" + op.table() + "." + op.column().name() + "' " + op.column().type()
                + (op.column().generated() ? " generated as (" + op.column().generatedAs() + ")" : "");
    }

    @Override
    public String dropColumn(DropColumn op) {
        return "drop column '" + op.table() + "." + op.column().name() + "'";
    }

    @Override
    public String alterColumn(AlterColumn op) {
        StringBuilder what = new StringBuilder();
        if (!op.from().type().equals(op.to().type())) {
            what.append(", type ").append(op.from().type()).append(" -> ").append(op.to().type());
        }
        if (op.from().nullable() != op.to().nullable()) {
            what.append(op.to().nullable() ? ", now nullable" : ", now NOT NULL");
        }
        if (!java.util.Objects.equals(op.from().defaultValue(), op.to().defaultValue())) {
            what.append(", default ").append(op.from().defaultValue()).append(" -> ").append(op.to().defaultValue());
        }
        if (op.from().identity() != op.to().identity()) {
            what.append(op.to().identity() ? ", now an identity" : ", no longer an identity");
        }
        if (!java.util.Objects.equals(op.from().comment(), op.to().comment())) {
            what.append(", comment changed");
        }
        return "alter column '" + op.table() + "." + op.to().name() + "'" + what;
    }

    @Override
    public String addPrimaryKey(AddPrimaryKey op) {
        return "add primary key on '" + op.table() + "' " + op.primaryKey().columns();
    }

    @Override
    public String dropPrimaryKey(DropPrimaryKey op) {
        return "drop primary key on '" + op.table() + "' " + op.primaryKey().columns();
    }

    @Override
    public String addUnique(AddUnique op) {
        return "add unique constraint '" + op.unique().name() + "' on '" + op.table() + "' " + op.unique().columns();
    }

    @Override
    public String dropUnique(DropUnique op) {
        return "drop unique constraint '" + op.unique().name() + "' on '" + op.table() + "' " + op.unique().columns();
    }

    @Override
    public String addForeignKey(AddForeignKey op) {
        return "add foreign key '" + op.foreignKey().name() + "' on '" + op.table() + "' " + columns(op.foreignKey().columns())
                + " -> '" + op.foreignKey().referencedTable() + "'";
    }

    @Override
    public String dropForeignKey(DropForeignKey op) {
        return "drop foreign key '" + op.foreignKey().name() + "' on '" + op.table() + "'";
    }

    @Override
    public String createIndex(CreateIndex op) {
        return "add " + (op.index().unique() ? "unique " : "") + "index '" + op.index().name() + "' on '" + op.table()
                + "' " + indexDefinition(op.index()) + (op.concurrently() ? " concurrently" : "");
    }

    @Override
    public String dropIndex(DropIndex op) {
        return "drop index '" + op.index().name() + "' on '" + op.table() + "'"
                + (op.index().hasOptions() ? " " + indexDefinition(op.index()) : "") + (op.concurrently() ? " concurrently" : "");
    }

    /**
     * An index's keys and what makes it more than a btree over them, in {@code CREATE INDEX}'s
     * order: {@code (body) using gin}, {@code (email) include (name) nulls not distinct where deleted_at IS NULL}.
     */
    public static String indexDefinition(dev.autogen.schema.Index index) {
        return columns(index.columns()) + (index.method() == null ? "" : " using " + index.method())
                + (index.include().isEmpty() ? "" : " include " + columns(index.include()))
                + (index.nullsDistinct() ? "" : " nulls not distinct")
                + (index.where() == null ? "" : " where " + index.where());
    }

    @Override
    public String addCheck(AddCheck op) {
        return "add check constraint '" + op.check().name() + "' on '" + op.table() + "' (" + op.check().expression() + ")";
    }

    @Override
    public String dropCheck(DropCheck op) {
        return "drop check constraint '" + op.check().name() + "' on '" + op.table() + "'";
    }

    @Override
    public String createSequence(CreateSequence op) {
        return "add sequence '" + op.sequence().name() + "' start " + op.sequence().start() + " increment "
                + op.sequence().increment() + (op.sequence().owner() == null ? "" : " owned by " + op.sequence().owner());
    }

    @Override
    public String dropSequence(DropSequence op) {
        return "drop sequence '" + op.sequence().name() + "'";
    }

    @Override
    public String alterSequence(AlterSequence op) {
        List<String> changes = new ArrayList<>();
        if (op.from().start() != op.to().start()) {
            changes.add("start " + op.from().start() + " -> " + op.to().start());
        }
        if (op.from().increment() != op.to().increment()) {
            changes.add("increment " + op.from().increment() + " -> " + op.to().increment());
        }
        if (!Objects.equals(op.from().owner(), op.to().owner())) {
            changes.add(op.to().owner() == null ? "owned by nothing (was " + op.from().owner() + ")"
                    : "owned by " + op.to().owner());
        }
        return "alter sequence '" + op.to().name() + "'" + (changes.isEmpty() ? "" : " " + String.join(", ", changes));
    }

    @Override
    public String createEnum(CreateEnum op) {
        return "add enum type '" + op.enumType().name() + "' " + values(op.enumType().values());
    }

    @Override
    public String dropEnum(DropEnum op) {
        return "drop enum type '" + op.enumType().name() + "'";
    }

    @Override
    public String alterEnum(AlterEnum op) {
        return "alter enum type '" + op.to().name() + "' " + values(op.from().values()) + " -> "
                + values(op.to().values()) + (op.recreates() ? " (recreated)" : "");
    }

    @Override
    public String setTableComment(SetTableComment op) {
        return op.to() == null ? "drop comment on table '" + op.table() + "'"
                : "comment on table '" + op.table() + "'";
    }

    @Override
    public String createSchema(CreateSchema op) {
        return "add schema '" + op.name() + "'";
    }

    @Override
    public String dropSchema(DropSchema op) {
        return "drop schema '" + op.name() + "'";
    }

    @Override
    public String renameTable(RenameTable op) {
        return "rename table '" + op.from() + "' to '" + op.to() + "'";
    }

    @Override
    public String renameColumn(RenameColumn op) {
        return "rename column '" + op.table() + "." + op.from() + "' to '" + op.to() + "'";
    }

    @Override
    public String renameConstraint(RenameConstraint op) {
        return "rename constraint '" + op.from() + "' on '" + op.table() + "' to '" + op.to() + "'";
    }

    @Override
    public String renameIndex(RenameIndex op) {
        return "rename index '" + op.from() + "' on '" + op.table() + "' to '" + op.to() + "'";
    }

    @Override
    public String execute(Execute op) {
        return "execute SQL";
    }

    @Override
    public String setLockTimeout(SetLockTimeout op) {
        return "wait at most " + op.timeout().toMillis() + " ms for each lock";
    }

    private static String values(List<String> values) {
        return "(" + String.join(", ", values) + ")";
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    @Override
    public String createView(CreateView op) {
        return "create " + kind(op.view()) + " '" + op.table() + "'";
    }

    @Override
    public String dropView(DropView op) {
        return "drop " + kind(op.view()) + " '" + op.table() + "'";
    }

    private static String kind(dev.autogen.schema.View view) {
        return view.materialized() ? "materialized view" : "view";
    }
}
