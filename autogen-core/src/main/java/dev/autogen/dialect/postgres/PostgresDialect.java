package dev.autogen.dialect.postgres;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The PostgreSQL dialect: bulk {@code pg_catalog} introspection, types spelled as
 * {@code format_type} prints them, defaults as {@code pg_get_expr} prints them, and DDL.
 *
 * <pre>{@code
 * Dialect pg = new PostgresDialect();
 * Schema current = pg.introspect(connection, IntrospectionFilter.defaultSchemaExcept(versionTable));
 * pg.normalizeType("varchar(255)");                                        // character varying(255)
 * pg.render(new AddColumn(TableName.of("user"), Column.of("order", "integer")));
 * // [ALTER TABLE "user" ADD COLUMN "order" integer]
 * }</pre>
 */
public final class PostgresDialect implements Dialect {

    private static final String DEFAULT_SCHEMA = "public";

    private final PostgresIntrospector introspector = new PostgresIntrospector(DEFAULT_SCHEMA);
    private final PostgresRenderer renderer = new PostgresRenderer();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    @Override
    public String defaultSchema() {
        return DEFAULT_SCHEMA;
    }

    @Override
    public String normalizeType(String type) {
        return PostgresTypes.normalize(Objects.requireNonNull(type, "type"));
    }

    @Override
    public String normalizeDefault(String expression, String canonicalType) {
        return PostgresDefaults.normalize(expression, canonicalType);
    }

    /** Reads the schema in six queries whatever the number of tables; see {@link PostgresCatalogQueries}. */
    @Override
    public Schema introspect(Connection connection, IntrospectionFilter filter) throws SQLException {
        return introspector.introspect(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public List<String> render(Operation operation) {
        return operation.accept(renderer);
    }

    @Override
    public boolean outsideTransactionOnly(Operation operation) {
        return operation instanceof dev.autogen.operation.CreateIndex c && c.concurrently()
                || operation instanceof dev.autogen.operation.DropIndex d && d.concurrently()
                || operation instanceof dev.autogen.operation.AddUnique u && u.online()
                || operation instanceof dev.autogen.operation.AddForeignKey f && f.online()
                || operation instanceof dev.autogen.operation.AddCheck k && k.online()
                || operation instanceof dev.autogen.operation.AlterColumn a && PostgresOnlineSql.onlySetsNotNull(a);
    }

    /** {@code RESET lock_timeout} after {@code SET lock_timeout}. */
    @Override
    public List<String> sessionReset(Operation operation) {
        return operation instanceof dev.autogen.operation.SetLockTimeout ? List.of("RESET lock_timeout") : List.of();
    }

    /** SQLSTATE 55P03, {@code lock_not_available}: what {@code lock_timeout} raises. */
    @Override
    public boolean isLockTimeout(SQLException failure) {
        return "55P03".equals(failure.getSQLState());
    }

    @Override
    public String quote(String identifier) {
        return PostgresIdentifiers.quote(identifier);
    }

    @Override
    public String storedIdentifier(String written) {
        return PostgresIdentifiers.stored(written);
    }

    @Override
    public int maxIdentifierBytes() {
        return PostgresIdentifiers.MAX_IDENTIFIER_BYTES;
    }

    @Override
    public java.util.Map<String, String> implicitRelationNames(dev.autogen.schema.Table table) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        String name = table.name().name();
        if (table.primaryKey() != null && table.primaryKey().name() == null) {
            out.put(PostgresIdentifiers.defaultPrimaryKeyName(name), "the primary key of table " + table.name());
        }
        for (dev.autogen.schema.Column column : table.columns()) {
            if (column.identity()) {
                out.put(PostgresIdentifiers.objectName(name, column.name(), "seq"),
                        "the sequence of identity column " + table.name() + "." + column.name());
            }
        }
        return out;
    }

    /** PostgreSQL's defaults: ASC sorts nulls last, DESC nulls first; those are not spelled out. */
    @Override
    public String indexKey(String column, String order) {
        String o = order == null ? "" : order.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        boolean desc = o.startsWith("DESC");
        boolean nullsFirst = o.endsWith("NULLS FIRST") || desc && !o.endsWith("NULLS LAST");
        String suffix = desc ? (nullsFirst ? " DESC" : " DESC NULLS LAST") : (nullsFirst ? " NULLS FIRST" : "");
        return suffix.isEmpty() ? column : quote(column) + suffix;
    }

    @Override
    public dev.autogen.schema.Index indexOptions(dev.autogen.schema.Index index, String options) {
        return PostgresIndexOptions.apply(index, options);
    }

    /**
     * Check expressions and expression index keys as PostgreSQL would print them after creating
     * them, worked out on temporary tables in a transaction that is rolled back; see
     * {@link PostgresCanonicalizer}.
     */
    @Override
    public Schema canonicalize(Connection connection, Schema desired) throws SQLException {
        Schema canonical = PostgresCanonicalizer.canonicalize(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(desired, "desired"));
        return PostgresViewCanonicalizer.canonicalize(connection, canonical);
    }

    /**
     * As {@link #canonicalize(Connection, Schema)}, asking the database only for the expressions
     * {@code cache} does not know under its {@link PostgresSpellingContext}; views are always asked.
     */
    @Override
    public Schema canonicalize(Connection connection, Schema desired, dev.autogen.dialect.SpellingCache cache)
            throws SQLException {
        Schema canonical = PostgresCanonicalizer.canonicalize(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(desired, "desired"), Objects.requireNonNull(cache, "cache"));
        return PostgresViewCanonicalizer.canonicalize(connection, canonical);
    }

    @Override
    public List<String> hazards(Operation operation, boolean existingTable) {
        return PostgresHazards.of(operation, existingTable);
    }

    @Override
    public dev.autogen.dialect.RunLock runLock() {
        return new PostgresRunLock();
    }

    @Override
    public List<String> tableColumns(Connection connection, String schema, String table) throws SQLException {
        return PostgresGuards.columns(connection, schema, table);
    }

    @Override
    public java.util.Optional<String> versionTableAccess(Connection connection, String schema, String quotedTable,
                                                         boolean exists, List<String> privileges)
            throws SQLException {
        return PostgresGuards.access(connection, schema, quotedTable, exists, privileges);
    }

    @Override
    public String assertRows(String quotedTable, String column, java.util.Collection<String> expected,
                             String failure) {
        return PostgresGuards.assertRows(quotedTable, column, expected, failure);
    }

    @Override
    public String literal(String text) {
        return PostgresIdentifiers.literal(text);
    }

    /** A full lock table ({@code out of shared memory}): raise {@code max_locks_per_transaction}, or split. */
    @Override
    public String failureAdvice(Connection connection, SQLException e) {
        return PostgresLockTable.advice(connection, e);
    }

    @Override
    public boolean commitsFirst(Operation operation) {
        return operation instanceof dev.autogen.operation.AlterEnum alter && !alter.recreates();
    }

    /**
     * {@code CREATE DATABASE to TEMPLATE from}, run from the {@code postgres} database: PostgreSQL
     * copies the files, rows and all; it refuses while another session is connected to
     * {@code from}, or when the role may not create databases.
     */
    @Override
    public java.util.Optional<DatabaseCopy> databaseCopy(String from, String to) {
        return java.util.Optional.of(new DatabaseCopy("postgres",
                List.of("CREATE DATABASE " + quote(to) + " TEMPLATE " + quote(from)),
                List.of("DROP DATABASE IF EXISTS " + quote(to))));
    }
}
