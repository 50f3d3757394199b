package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.api.Op;
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
import dev.autogen.operation.OperationVisitor;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;

/**
 * The {@link Op} statement that builds an operation, e.g.
 * {@code op.addColumn("interviews", column("archived_at", "timestamp(6) with time zone"));}.
 * Run against a recording {@code Op}, the statement records a value equal to the operation,
 * except for an {@link Execute} with no SQL, which runs nothing and becomes a comment.
 */
final class OperationCodeRenderer implements OperationVisitor<CodeBlock> {

    @Override
    public CodeBlock createTable(CreateTable op) {
        return table("createTable", op.definition());
    }

    @Override
    public CodeBlock dropTable(DropTable op) {
        return table("dropTable", op.definition());
    }

    @Override
    public CodeBlock addColumn(AddColumn op) {
        return call("addColumn", op.table(), DdlCode.column(op.column()));
    }

    @Override
    public CodeBlock dropColumn(DropColumn op) {
        return call("dropColumn", op.table(), DdlCode.column(op.column()));
    }

    @Override
    public CodeBlock alterColumn(AlterColumn op) {
        return CodeBlock.builder()
                .addStatement("op.$N($S,$W$L,$W$L)", op.online() ? "alterColumnOnline" : "alterColumn", op.table().toString(),
                        DdlCode.column(op.from()), DdlCode.column(op.to()))
                .build();
    }

    @Override
    public CodeBlock addPrimaryKey(AddPrimaryKey op) {
        return call("addPrimaryKey", op.table(), DdlCode.primaryKey(op.primaryKey()));
    }

    @Override
    public CodeBlock dropPrimaryKey(DropPrimaryKey op) {
        return call("dropPrimaryKey", op.table(), DdlCode.primaryKey(op.primaryKey()));
    }

    @Override
    public CodeBlock addUnique(AddUnique op) {
        return call(op.online() ? "addUniqueOnline" : "addUnique", op.table(), DdlCode.unique(op.unique()));
    }

    @Override
    public CodeBlock dropUnique(DropUnique op) {
        return call(op.online() ? "dropUniqueOnline" : "dropUnique", op.table(), DdlCode.unique(op.unique()));
    }

    @Override
    public CodeBlock addForeignKey(AddForeignKey op) {
        return call(op.online() ? "addForeignKeyOnline" : "addForeignKey", op.table(), DdlCode.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock dropForeignKey(DropForeignKey op) {
        return call(op.online() ? "dropForeignKeyOnline" : "dropForeignKey", op.table(), DdlCode.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock createIndex(CreateIndex op) {
        return call(op.concurrently() ? "createIndexConcurrently" : "createIndex", op.table(), DdlCode.index(op.index()));
    }

    @Override
    public CodeBlock dropIndex(DropIndex op) {
        return call(op.concurrently() ? "dropIndexConcurrently" : "dropIndex", op.table(), DdlCode.index(op.index()));
    }

    @Override
    public CodeBlock addCheck(AddCheck op) {
        return call(op.online() ? "addCheckOnline" : "addCheck", op.table(), DdlCode.check(op.check()));
    }

    @Override
    public CodeBlock dropCheck(DropCheck op) {
        return call(op.online() ? "dropCheckOnline" : "dropCheck", op.table(), DdlCode.check(op.check()));
    }

    @Override
    public CodeBlock createSequence(CreateSequence op) {
        return CodeBlock.builder().addStatement("op.createSequence($L)", DdlCode.sequence(op.sequence())).build();
    }

    @Override
    public CodeBlock dropSequence(DropSequence op) {
        return CodeBlock.builder().addStatement("op.dropSequence($L)", DdlCode.sequence(op.sequence())).build();
    }

    @Override
    public CodeBlock alterSequence(AlterSequence op) {
        return CodeBlock.builder()
                .addStatement("op.alterSequence($L,$W$L)", DdlCode.sequence(op.from()), DdlCode.sequence(op.to()))
                .build();
    }

    @Override
    public CodeBlock createEnum(CreateEnum op) {
        return CodeBlock.builder().addStatement("op.createEnum($L)", DdlCode.enumType(op.enumType())).build();
    }

    @Override
    public CodeBlock dropEnum(DropEnum op) {
        return CodeBlock.builder().addStatement("op.dropEnum($L)", DdlCode.enumType(op.enumType())).build();
    }

    /** The columns that use the type, one per line after the two types: a recreation converts them. */
    @Override
    public CodeBlock alterEnum(AlterEnum op) {
        CodeBlock.Builder code = CodeBlock.builder().add("$[op.alterEnum($L,\n$L", DdlCode.enumType(op.from()),
                DdlCode.enumType(op.to()));
        op.columns().forEach(c -> code.add(",\n$L", DdlCode.enumColumn(c)));
        return code.add(");\n$]").build();
    }

    /** {@code op.setTableComment("t", from, to)}; a missing comment is the literal {@code null}. */
    @Override
    public CodeBlock setTableComment(SetTableComment op) {
        return CodeBlock.builder()
                .addStatement("op.setTableComment($S,$W$S,$W$S)", op.table().toString(), op.from(), op.to())
                .build();
    }

    @Override
    public CodeBlock createSchema(CreateSchema op) {
        return CodeBlock.builder().addStatement("op.createSchema($S)", op.name()).build();
    }

    @Override
    public CodeBlock dropSchema(DropSchema op) {
        return CodeBlock.builder().addStatement("op.dropSchema($S)", op.name()).build();
    }

    @Override
    public CodeBlock renameTable(dev.autogen.operation.RenameTable op) {
        return CodeBlock.builder().addStatement("op.renameTable($S, $S)", op.from().toString(), op.to()).build();
    }

    @Override
    public CodeBlock renameColumn(dev.autogen.operation.RenameColumn op) {
        return CodeBlock.builder()
                .addStatement("op.renameColumn($S, $S, $S)", op.table().toString(), op.from(), op.to()).build();
    }

    @Override
    public CodeBlock renameConstraint(dev.autogen.operation.RenameConstraint op) {
        return CodeBlock.builder()
                .addStatement("op.renameConstraint($S, $S, $S)", op.table().toString(), op.from(), op.to()).build();
    }

    @Override
    public CodeBlock renameIndex(dev.autogen.operation.RenameIndex op) {
        return CodeBlock.builder()
                .addStatement("op.renameIndex($S, $S, $S)", op.table().toString(), op.from(), op.to()).build();
    }

    /**
     * {@code op.execute(sql)}, or {@code op.execute(sql, reverseSql)}; an execute with no SQL (the
     * inverse of one with no reverse) runs nothing, so it becomes a comment asking for the reverse
     * by hand.
     */
    @Override
    public CodeBlock execute(Execute op) {
        if (op.sql() == null) {
            return CodeBlock.of("// the upgrade's op.execute(...) has no reverse: undo it here by hand if it needs undoing\n");
        }
        if (op.reverseSql() != null) {
            return CodeBlock.builder().addStatement("op.execute($S,$W$S)", op.sql(), op.reverseSql()).build();
        }
        return CodeBlock.builder().addStatement("op.execute($S)", op.sql()).build();
    }

    /** {@code op.lockTimeout(Duration.ofSeconds(5))}: how long each following statement may wait for a lock. */
    @Override
    public CodeBlock setLockTimeout(dev.autogen.operation.SetLockTimeout op) {
        java.time.Duration t = op.timeout();
        return t.toMillis() % 1000 == 0
                ? CodeBlock.builder().addStatement("op.lockTimeout($T.ofSeconds($L))", java.time.Duration.class, t.toSeconds()).build()
                : CodeBlock.builder().addStatement("op.lockTimeout($T.ofMillis($L))", java.time.Duration.class, t.toMillis()).build();
    }

    private static CodeBlock call(String method, TableName table, CodeBlock argument) {
        return CodeBlock.builder().addStatement("op.$N($S,$W$L)", method, table.toString(), argument).build();
    }

    /**
     * One element per line, in {@link Table#elements()} order: columns, primary key, uniques, checks,
     * foreign keys, indexes, then the comment.
     */
    private static CodeBlock table(String method, Table definition) {
        CodeBlock.Builder code = CodeBlock.builder().add("$[op.$N($S", method, definition.name().toString());
        definition.elements().forEach(element -> code.add(",\n$L", DdlCode.element(element)));
        return code.add(");\n$]").build();
    }

    @Override
    public CodeBlock createView(dev.autogen.operation.CreateView op) {
        return CodeBlock.builder().addStatement("op.createView($L)", DdlCode.view(op.view())).build();
    }

    @Override
    public CodeBlock dropView(dev.autogen.operation.DropView op) {
        return CodeBlock.builder().addStatement("op.dropView($L)", DdlCode.view(op.view())).build();
    }
}
