package dev.autogen.dialect;

import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything that differs between databases: how the current schema is read, how types and
 * defaults are spelled so that the two sides of a diff compare without noise, how operations
 * become SQL, and the version table and run lock. The diff never sees a dialect.
 */
public interface Dialect {

    /** A short name, e.g. {@code postgresql}. */
    String name();

    /** The Hibernate dialect class whose DDL type names the entity reader uses. */
    String hibernateDialect();

    /** The schema that unqualified table names live in, e.g. {@code public}. */
    String defaultSchema();

    /** The canonical spelling of a column type, e.g. {@code varchar(255)} → {@code character varying(255)}. */
    String normalizeType(String type);

    /** The canonical spelling of a default expression for a column of the given canonical type. */
    String normalizeDefault(String expression, String canonicalType);

    /**
     * Reads the whole current schema in a fixed handful of queries, whatever the number of
     * tables; tables in the default schema get a {@code null} schema in their names.
     */
    Schema introspect(Connection connection, IntrospectionFilter filter) throws SQLException;

    /**
     * An index key on a column with a sort order ({@code null}, {@code asc}, {@code desc}, maybe
     * with {@code nulls first|last}), spelled as introspection reports it: the bare stored name
     * for the default order, else the quoted name followed by the order.
     */
    String indexKey(String column, String order);

    /**
     * {@code index} with the options an entity wrote after its key list (JPA 3.2
     * {@code @Index(options = ...)}, which Hibernate appends to {@code CREATE INDEX} as written),
     * such as {@code where deleted_at is null}; see the dialect for what it reads.
     *
     * @throws IllegalArgumentException naming what it cannot read
     */
    dev.autogen.schema.Index indexOptions(dev.autogen.schema.Index index, String options);

    /**
     * The desired schema with what only the database can spell canonically (check expressions,
     * e.g.) spelled as the database would report it after creating it, using the connection for
     * scratch work it leaves no trace of. Introspection and this method make equal things equal.
     */
    Schema canonicalize(Connection connection, Schema desired) throws SQLException;

    /**
     * As {@link #canonicalize(Connection, Schema)}, with what the database spelled before taken
     * from {@code cache} and what it spells now added to it, so that only expressions it has never
     * seen are sent; the result is the same. A dialect without a use for it ignores it.
     */
    default Schema canonicalize(Connection connection, Schema desired, SpellingCache cache) throws SQLException {
        return canonicalize(connection, desired);
    }

    /**
     * What a reviewer should know before this operation runs: data it loses, locks it takes and
     * the safer pattern for large tables. {@code existingTable} is false for a table created in the
     * same migration, which holds no rows yet.
     */
    List<String> hazards(Operation operation, boolean existingTable);

    /**
     * Whether what this operation creates can only be used once it is committed, so that the
     * runner commits it before the rest of its migration (PostgreSQL: enum values added).
     */
    boolean commitsFirst(Operation operation);

    /**
     * Whether the database runs this operation only outside a transaction (PostgreSQL: an index
     * built or dropped {@code CONCURRENTLY}, and the online forms of constraint changes, whose
     * point is that each statement commits on its own).
     */
    default boolean outsideTransactionOnly(Operation operation) {
        return false;
    }

    /** The SQL statements that carry out one operation, in order. */
    List<String> render(Operation operation);

    /**
     * What to do about a statement's failure, when this database's error says more than its text
     * (e.g. PostgreSQL's lock table too small for a migration's transaction): the rest of a sentence,
     * starting with {@code "; "}, or empty. {@code connection} is usable (rolled back) and may be asked
     * for the server's settings.
     */
    default String failureAdvice(Connection connection, java.sql.SQLException e) {
        return "";
    }

    /**
     * The statements that undo what an operation set for the rest of the session (PostgreSQL:
     * {@code RESET lock_timeout} after a {@code SetLockTimeout}), run when its migration ends so a
     * setting never outlives the migration that made it; empty for most operations.
     */
    default List<String> sessionReset(Operation operation) {
        return List.of();
    }

    /**
     * Whether a statement failed because it waited for a lock longer than the migration's lock
     * timeout allowed (PostgreSQL: SQLSTATE {@code 55P03}): nothing is wrong with the migration,
     * and the runner tries it again a bounded number of times.
     */
    default boolean isLockTimeout(SQLException failure) {
        return false;
    }

    /** The lock that keeps two runners from migrating one database at once. */
    RunLock runLock();

    /**
     * The columns of table {@code table} in {@code schema} ({@code null}: the current schema), in
     * order; empty when there is no such table. This default asks the driver's metadata.
     */
    default List<String> tableColumns(Connection connection, String schema, String table) throws SQLException {
        var meta = connection.getMetaData();
        String escape = meta.getSearchStringEscape();
        String in = schema == null ? connection.getSchema() : schema;
        List<String> columns = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = meta.getColumns(null, in == null ? null : pattern(in, escape),
                pattern(table, escape), "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static String pattern(String name, String escape) {
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /**
     * What keeps the current user from keeping a version table: {@code quotedTable} in
     * {@code schema} ({@code null}: the current schema) when it does not exist yet ({@code exists}
     * false: the schema must exist and allow creating tables), else the table {@code privileges}
     * it lacks on it. Empty when nothing is missing; else one sentence naming the privilege, the
     * object and the {@code GRANT} to ask for.
     */
    default java.util.Optional<String> versionTableAccess(Connection connection, String schema, String quotedTable,
                                                          boolean exists, List<String> privileges)
            throws SQLException {
        return java.util.Optional.empty();
    }

    /**
     * A statement for offline SQL that stops the script, with {@code failure} and what the table
     * holds, unless {@code column} of {@code quotedTable} holds exactly {@code expected}: so a
     * script run twice, or on a database at another revision, stops before it changes anything.
     */
    String assertRows(String quotedTable, String column, java.util.Collection<String> expected, String failure);

    /** A string literal in this dialect's SQL ({@code NULL} for null). */
    String literal(String text);

    /** Quotes an identifier if (and only if) it needs quoting. */
    String quote(String identifier);

    /**
     * The name under which the database stores an identifier written in DDL: a quoted one
     * ({@code "Name"} or {@code `Name`}) keeps its case without the quotes; an unquoted one is
     * folded as the database folds it (PostgreSQL: lower case) and cut to its length limit.
     */
    String storedIdentifier(String written);

    /** The longest identifier the database keeps, in bytes (PostgreSQL: 63); longer ones are cut. */
    int maxIdentifierBytes();

    /**
     * The names the database gives, in the table's schema, to what {@code CREATE TABLE} makes for
     * this table without a name, by what they are ({@code "the primary key of table orders"}):
     * PostgreSQL's {@code orders_pkey} and an identity column's sequence {@code orders_id_seq}.
     * Another relation with one of these names makes the database choose another one, or fails,
     * depending on which is created first.
     */
    default java.util.Map<String, String> implicitRelationNames(dev.autogen.schema.Table table) {
        return java.util.Map.of();
    }

    /**
     * How this database's server copies a whole database into a new one, run from another
     * database of the same server: the statements, and the database to run them from; empty when
     * it cannot. A proof uses it where autogen cannot rebuild a live schema from what it reads.
     */
    default java.util.Optional<DatabaseCopy> databaseCopy(String from, String to) {
        return java.util.Optional.empty();
    }

    /**
     * The statements that copy a database ({@link #copy()}) and remove the copy ({@link #drop()}),
     * run from the database {@link #from()} of the same server.
     */
    record DatabaseCopy(String from, List<String> copy, List<String> drop) {

        public DatabaseCopy {
            copy = List.copyOf(copy);
            drop = List.copyOf(drop);
        }
    }
}
