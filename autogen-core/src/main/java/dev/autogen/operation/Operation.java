package dev.autogen.operation;

import dev.autogen.schema.TableName;

/**
 * One change to a schema. The diff produces these values, a migration's {@code op.*} calls build
 * the same values, and a dialect renders them to SQL. Every operation knows its inverse; drops
 * carry the full definition of what they remove, so the inverse can rebuild it.
 */
public sealed interface Operation permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn,
        AddPrimaryKey, DropPrimaryKey, AddUnique, DropUnique, AddForeignKey, DropForeignKey,
        AddCheck, DropCheck, CreateIndex, DropIndex, CreateSequence, DropSequence, AlterSequence,
        CreateEnum, DropEnum, AlterEnum, SetTableComment,
        CreateSchema, DropSchema, RenameTable, RenameColumn, RenameConstraint, RenameIndex, Execute,
        CreateView, DropView, SetLockTimeout {

    /**
     * The table (or sequence, enum type or view) the operation changes; {@code null} for {@link Execute} and the
     * schema (namespace) operations.
     */
    TableName table();

    /** The operation that undoes this one. {@code op.inverse().inverse()} equals {@code op}. */
    Operation inverse();

    <R> R accept(OperationVisitor<R> visitor);
}
