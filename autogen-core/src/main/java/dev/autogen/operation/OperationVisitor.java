package dev.autogen.operation;

/**
 * A function over every kind of {@link Operation}. Adding an operation adds a method here, so
 * every renderer, code generator and schema editor fails to compile until it handles it.
 */
public interface OperationVisitor<R> {
    R createTable(CreateTable op);

    R dropTable(DropTable op);

    R addColumn(AddColumn op);

    R dropColumn(DropColumn op);

    R alterColumn(AlterColumn op);

    R addPrimaryKey(AddPrimaryKey op);

    R dropPrimaryKey(DropPrimaryKey op);

    R addUnique(AddUnique op);

    R dropUnique(DropUnique op);

    R addForeignKey(AddForeignKey op);

    R dropForeignKey(DropForeignKey op);

    R addCheck(AddCheck op);

    R dropCheck(DropCheck op);

    R createIndex(CreateIndex op);

    R dropIndex(DropIndex op);

    R createSequence(CreateSequence op);

    R dropSequence(DropSequence op);

    R alterSequence(AlterSequence op);

    R createEnum(CreateEnum op);

    R dropEnum(DropEnum op);

    R alterEnum(AlterEnum op);

    R setTableComment(SetTableComment op);

    R createSchema(CreateSchema op);

    R dropSchema(DropSchema op);

    R renameTable(RenameTable op);

    R renameColumn(RenameColumn op);

    R renameConstraint(RenameConstraint op);

    R renameIndex(RenameIndex op);

    R execute(Execute op);

    R createView(CreateView op);

    R dropView(DropView op);

    R setLockTimeout(SetLockTimeout op);
}
