package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.inSchemaOf;
import static dev.autogen.dialect.postgres.PostgresIdentifiers.qualified;
import static dev.autogen.dialect.postgres.PostgresIdentifiers.quote;

import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.schema.Column;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The online forms of constraint changes on a table that holds rows (docs/online-migrations.md):
 * each takes its strong lock only for a moment and does the long part (checking every row,
 * building an index) under a lock that lets reads and writes go on. They run outside a
 * transaction, one statement committing at a time, and start by removing what a failed earlier
 * run left behind, so the runner can run them again after a lock timeout.
 */
final class PostgresOnlineSql {

    private PostgresOnlineSql() {
    }

    /**
     * {@code DROP CONSTRAINT IF EXISTS c}, then {@code add} with {@code NOT VALID} (a moment's lock),
     * then {@code VALIDATE CONSTRAINT c} (checks every row under a SHARE UPDATE EXCLUSIVE lock).
     */
    static List<String> addNotValid(TableName table, String name, String add) {
        return List.of(dropIfExists(table, name), add + " NOT VALID",
                PostgresRenderer.alterTable(table) + "VALIDATE CONSTRAINT " + quote(name));
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT IF EXISTS c}: safe to run again. */
    static String dropIfExists(TableName table, String name) {
        return PostgresRenderer.alterTable(table) + "DROP CONSTRAINT IF EXISTS " + quote(name);
    }

    /**
     * The unique index built {@code CONCURRENTLY} (after dropping one a failed run left INVALID),
     * then {@code ADD CONSTRAINT u UNIQUE USING INDEX u}, which takes it over in a moment.
     */
    static List<String> addUnique(AddUnique op) {
        String name = quote(op.unique().name());
        String columns = op.unique().columns().stream().map(PostgresIdentifiers::quote)
                .collect(Collectors.joining(", ", "(", ")"));
        return List.of(dropIfExists(op.table(), op.unique().name()),
                "DROP INDEX CONCURRENTLY IF EXISTS " + inSchemaOf(op.table(), op.unique().name()),
                "CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + qualified(op.table()) + " " + columns,
                PostgresRenderer.alterTable(op.table()) + "ADD CONSTRAINT " + name + " UNIQUE USING INDEX " + name);
    }

    /** Whether an online column change only makes the column NOT NULL, which {@link #setNotNull} does. */
    static boolean onlySetsNotNull(AlterColumn op) {
        return op.online() && op.from().nullable() && !op.to().nullable()
                && op.from().withNullable(false).equals(op.to());
    }

    /**
     * {@code SET NOT NULL} without a scan under ACCESS EXCLUSIVE: a check {@code (c IS NOT NULL)}
     * added {@code NOT VALID} and validated, which PostgreSQL 12 and later use to skip the scan,
     * then the check dropped. Fails at the validation, before any strong lock, if a row holds null.
     */
    static List<String> setNotNull(AlterColumn op) {
        Column column = op.to();
        String check = notNullCheckName(op.table(), column.name());
        String alter = PostgresRenderer.alterTable(op.table());
        return List.of(dropIfExists(op.table(), check),
                alter + "ADD CONSTRAINT " + quote(check) + " CHECK (" + quote(column.name()) + " IS NOT NULL) NOT VALID",
                alter + "VALIDATE CONSTRAINT " + quote(check),
                alter + "ALTER COLUMN " + quote(column.name()) + " SET NOT NULL",
                dropIfExists(op.table(), check));
    }

    /** {@code <table>_<column>_not_null}, cut to 63 bytes as PostgreSQL cuts the names it makes. */
    static String notNullCheckName(TableName table, String column) {
        return PostgresIdentifiers.objectName(table.name(), column, "not_null");
    }
}
