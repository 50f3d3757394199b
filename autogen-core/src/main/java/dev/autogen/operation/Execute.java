package dev.autogen.operation;

import dev.autogen.schema.TableName;

/**
 * Runs SQL written by hand. Its inverse runs {@code reverseSql}; either may be {@code null},
 * which runs nothing.
 */
public record Execute(String sql, String reverseSql) implements Operation {

    @Override
    public TableName table() {
        return null;
    }

    @Override
    public Operation inverse() {
        return new Execute(reverseSql, sql);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.execute(this);
    }
}
