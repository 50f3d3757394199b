package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.api.Op;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUnique;
import dev.autogen.operation.Execute;
import dev.autogen.operation.OperationVisitor;
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
                .addStatement("op.alterColumn($S,$W$L,$W$L)", op.table().toString(),
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
        return call("addUnique", op.table(), DdlCode.unique(op.unique()));
    }

    @Override
    public CodeBlock dropUnique(DropUnique op) {
        return call("dropUnique", op.table(), DdlCode.unique(op.unique()));
    }

    @Override
    public CodeBlock addForeignKey(AddForeignKey op) {
        return call("addForeignKey", op.table(), DdlCode.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock dropForeignKey(DropForeignKey op) {
        return call("dropForeignKey", op.table(), DdlCode.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock createIndex(CreateIndex op) {
        return call("createIndex", op.table(), DdlCode.index(op.index()));
    }

    @Override
    public CodeBlock dropIndex(DropIndex op) {
        return call("dropIndex", op.table(), DdlCode.index(op.index()));
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

    private static CodeBlock call(String method, TableName table, CodeBlock argument) {
        return CodeBlock.builder().addStatement("op.$N($S,$W$L)", method, table.toString(), argument).build();
    }

    /** One element per line: columns, then primary key, then uniques. */
    private static CodeBlock table(String method, Table definition) {
        CodeBlock.Builder code = CodeBlock.builder().add("$[op.$N($S", method, definition.name().toString());
        definition.elements().forEach(element -> code.add(",\n$L", DdlCode.element(element)));
        return code.add(");\n$]").build();
    }

    @Override
    public CodeBlock addCheck(dev.autogen.operation.AddCheck op) {
        throw new UnsupportedOperationException("addCheck is not implemented yet");
    }

    @Override
    public CodeBlock dropCheck(dev.autogen.operation.DropCheck op) {
        throw new UnsupportedOperationException("dropCheck is not implemented yet");
    }

    @Override
    public CodeBlock createSequence(dev.autogen.operation.CreateSequence op) {
        throw new UnsupportedOperationException("createSequence is not implemented yet");
    }

    @Override
    public CodeBlock dropSequence(dev.autogen.operation.DropSequence op) {
        throw new UnsupportedOperationException("dropSequence is not implemented yet");
    }

    @Override
    public CodeBlock alterSequence(dev.autogen.operation.AlterSequence op) {
        throw new UnsupportedOperationException("alterSequence is not implemented yet");
    }

    @Override
    public CodeBlock setTableComment(dev.autogen.operation.SetTableComment op) {
        throw new UnsupportedOperationException("setTableComment is not implemented yet");
    }

    @Override
    public CodeBlock createSchema(dev.autogen.operation.CreateSchema op) {
        throw new UnsupportedOperationException("createSchema is not implemented yet");
    }

    @Override
    public CodeBlock dropSchema(dev.autogen.operation.DropSchema op) {
        throw new UnsupportedOperationException("dropSchema is not implemented yet");
    }
}
