package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresCatalogQueries.CHECK_EXPRESSION;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.INDEX_KEYS;
import static dev.autogen.dialect.postgres.PostgresIndexDefinitions.clauses;
import static dev.autogen.dialect.postgres.PostgresIdentifiers.quote;

import dev.autogen.dialect.SpellingCache;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spells the desired check expressions, expression index keys, defaults that call functions and
 * generation expressions of generated columns as PostgreSQL stores them, by
 * letting PostgreSQL parse them: each desired table that has some becomes a temporary table with
 * the same column names and types, the checks and indexes are added to it (an index with its
 * predicate, method, operator classes and included columns), and the catalog is
 * read back with the very functions introspection uses. All in a transaction (or a savepoint,
 * when the caller has one open) that is rolled back, in four round trips whatever the number of
 * tables. A check or index PostgreSQL refuses keeps its desired spelling.
 *
 * <pre>{@code
 * status in ('A','B')  // on character varying(255) becomes
 * (status::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[]))
 * }</pre>
 */
final class PostgresCanonicalizer {

    /** Temporary tables are {@code autogen_canon_<i>}, their checks {@code c<j>}, their indexes {@code <table>_<j>}. */
    private static final String PREFIX = "autogen_canon_";

    /**
     * Temporary tables made in one transaction: one lock each, three or more with a TOAST table
     * or indexes, well inside a default server's lock table (some 7,700 locks), which every other
     * session shares.
     */
    static final int TABLES_PER_TRANSACTION = 250;

    /**
     * Temporary table name, check name, expression, and the expression not pretty-printed (for
     * {@link CheckTerms}); the only parameter is the temporary tables' names.
     */
    static final String CHECKS = """
            SELECT c.relname, con.conname, """ + " " + CHECK_EXPRESSION + """
            , pg_catalog.pg_get_expr(con.conbin, con.conrelid)

            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            WHERE con.contype = 'c' AND c.relnamespace = pg_catalog.pg_my_temp_schema()
              AND c.relname = ANY (?::text[])""";

    /** Temporary table, column and default as PostgreSQL stores it; the parameter is the tables' names. */
    static final String DEFAULTS = """
            SELECT c.relname, a.attname, pg_catalog.pg_get_expr(d.adbin, d.adrelid)
            FROM pg_catalog.pg_attrdef d
            JOIN pg_catalog.pg_class c ON c.oid = d.adrelid
            JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname = ANY (?::text[])""";

    /** Temporary index name and its {@link PostgresCatalogQueries#INDEX_KEYS} arrays; the parameter is their names. */
    static final String INDEXES = """
            SELECT ic.relname,
            """ + INDEX_KEYS + """
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            WHERE ic.relnamespace = pg_catalog.pg_my_temp_schema() AND ic.relname = ANY (?::text[])""";

    private PostgresCanonicalizer() {
    }

    /**
     * PostgreSQL's spelling is not always a fixed point: {@code status::text = ANY (ARRAY['A'::character
     * varying]::text[])}, stored again, comes back with the cast inside the array. So the desired
     * schema goes through the database until its spelling no longer changes (twice, in practice; a
     * round more when the terms of a conjunction are put in their sorted order, {@link CheckTerms}).
     */
    static Schema canonicalize(Connection connection, Schema desired) throws SQLException {
        return canonicalize(connection, desired, null);
    }

    /**
     * As {@link #canonicalize(Connection, Schema)}, remembering in {@code cache} ({@code null}:
     * nowhere) what one round made of an expression, under the key {@link PostgresSpellings} gives
     * it and the {@link PostgresSpellingContext} of the database; only what it does not know yet is
     * sent. The rounds are the same as without it, so is the result, and when it knows everything
     * no statement but the context's query is sent. What PostgreSQL refused is not remembered.
     */
    static Schema canonicalize(Connection connection, Schema desired, SpellingCache cache) throws SQLException {
        if (tablesToSpell(desired).isEmpty()) {
            return desired;
        }
        SpellingCache.Context context = cache == null ? null : PostgresSpellingContext.of(connection);
        Map<String, String> known = new HashMap<>(context == null ? Map.of() : cache.read(context));
        Map<String, String> learned = new HashMap<>();
        try {
            Schema current = desired;
            for (int round = 0; round < 5; round++) {
                Schema next = canonicalizeOnce(connection, current, known, learned);
                if (next.equals(current)) {
                    return next;
                }
                current = next;
            }
            return current;
        } finally {
            if (context != null && !learned.isEmpty()) {
                cache.add(context, learned);
            }
        }
    }

    private static List<Table> tablesToSpell(Schema desired) {
        return desired.tables().stream()
                .filter(t -> !t.checks().isEmpty() || t.indexes().stream().anyMatch(PostgresCanonicalizer::spelledByPostgres)
                        || t.columns().stream().anyMatch(c -> hasCallInDefault(c) || c.generated()))
                .toList();
    }

    /**
     * One round: what {@code known} lacks is asked of the database (and added to {@code known}
     * and {@code learned}), then each expression gets its spelling from {@code known}.
     */
    private static Schema canonicalizeOnce(Connection connection, Schema desired, Map<String, String> known,
                                           Map<String, String> learned) throws SQLException {
        List<Table> tables = tablesToSpell(desired);
        if (tables.isEmpty()) {
            return desired;
        }
        List<PostgresSpellings> keys = new ArrayList<>();
        List<Table> unknown = new ArrayList<>();
        List<PostgresSpellings> unknownKeys = new ArrayList<>();
        for (Table table : tables) {
            PostgresSpellings tableKeys = PostgresSpellings.of(table, desired.enums());
            keys.add(tableKeys);
            unknown(table, tableKeys, known).ifPresent(rest -> {
                unknown.add(rest);
                unknownKeys.add(tableKeys);
            });
        }
        if (!unknown.isEmpty()) {
            Map<String, String> spelled = ask(connection, unknown, unknownKeys, desired.enums());
            known.putAll(spelled);
            learned.putAll(spelled);
        }
        Map<dev.autogen.schema.TableName, Table> result = new java.util.TreeMap<>(desired.tablesByName());
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            PostgresSpellings tableKeys = keys.get(i);
            List<CheckConstraint> canonicalChecks = new ArrayList<>();
            for (CheckConstraint check : table.checks()) {
                canonicalChecks.add(new CheckConstraint(check.name(),
                        known.getOrDefault(tableKeys.check(check.expression()), check.expression())));
            }
            List<Index> canonicalIndexes = new ArrayList<>();
            for (Index index : table.indexes()) {
                String spelled = spelledByPostgres(index) ? known.get(tableKeys.index(index)) : null;
                canonicalIndexes.add(spelled == null ? index : PostgresSpellings.read(index, spelled));
            }
            Table withDefaults = table.withColumns(cols -> {
                cols.replaceAll(c -> {
                    String stored = c.generated() ? known.get(tableKeys.generated(c))
                            : hasCallInDefault(c) ? known.get(tableKeys.defaultOf(c)) : null;
                    if (stored == null) {
                        return c;
                    }
                    return c.generated() ? c.generatedAs(stored) : c.withDefault(PostgresDefaults.normalize(stored, c.type()));
                });
                return cols;
            });
            result.put(table.name(), withDefaults.withChecks(c -> canonicalChecks).withIndexes(x -> canonicalIndexes));
        }
        // one new schema, not one per table (which copied every table map: quadratic in the tables)
        return new Schema(result, desired.sequencesByName(), desired.enumsByName(), desired.namespaces(),
                desired.viewsByName());
    }

    /**
     * {@code table} with only what {@code known} lacks: its columns all kept (an expression may
     * name any), a known default or generation expression left off; empty when it knows all.
     */
    private static java.util.Optional<Table> unknown(Table table, PostgresSpellings keys, Map<String, String> known) {
        List<CheckConstraint> checks = table.checks().stream()
                .filter(c -> !known.containsKey(keys.check(c.expression()))).toList();
        List<Index> indexes = table.indexes().stream()
                .filter(i -> spelledByPostgres(i) && !PostgresSpellings.readable(known.get(keys.index(i)))).toList();
        boolean[] any = {!checks.isEmpty() || !indexes.isEmpty()};
        Table rest = table.withColumns(cols -> {
            cols.replaceAll(c -> {
                if (c.generated()) {
                    boolean knows = known.containsKey(keys.generated(c));
                    any[0] |= !knows;
                    return knows ? c.generatedAs(null) : c;
                }
                if (hasCallInDefault(c)) {
                    boolean knows = known.containsKey(keys.defaultOf(c));
                    any[0] |= !knows;
                    return knows ? c.withDefault(null) : c;
                }
                return c;
            });
            return cols;
        }).withChecks(c -> checks).withIndexes(x -> indexes);
        return any[0] ? java.util.Optional.of(rest) : java.util.Optional.empty();
    }

    /**
     * What PostgreSQL makes of the expressions of {@code tables}, by key ({@code keys}, one a
     * table): each table becomes a temporary table, its expression indexes indexes on it, in one
     * {@code DO} block, and the catalog is read back; all rolled back. A refused one has no entry.
     */
    private static Map<String, String> ask(Connection connection, List<Table> tables, List<PostgresSpellings> keys,
                                           java.util.Collection<dev.autogen.schema.EnumType> enums) throws SQLException {
        // each temporary table and index holds a lock until the transaction ends, and a server's lock
        // table (PostgresLockTable) fills at a few thousand: a transaction per chunk when there are more
        Map<String, String> spelled = new HashMap<>();
        for (int from = 0; from < tables.size(); from += TABLES_PER_TRANSACTION) {
            int to = Math.min(tables.size(), from + TABLES_PER_TRANSACTION);
            spelled.putAll(askOnce(connection, tables.subList(from, to), keys.subList(from, to), enums));
        }
        return spelled;
    }

    private static Map<String, String> askOnce(Connection connection, List<Table> tables,
                                               List<PostgresSpellings> keys,
                                               java.util.Collection<dev.autogen.schema.EnumType> enums)
            throws SQLException {
        List<Attempt> statements = new ArrayList<>();
        // the desired enum types, for the columns that use them (refused where they exist already)
        for (dev.autogen.schema.EnumType type : enums) {
            new PostgresRenderer().createEnum(new dev.autogen.operation.CreateEnum(type))
                    .forEach(sql -> statements.add(Attempt.of(sql)));
        }
        List<String> tempTables = new ArrayList<>();
        List<String> tempIndexes = new ArrayList<>();
        Map<String, String> keysByTemp = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            PostgresSpellings tableKeys = keys.get(i);
            String temp = PREFIX + i;
            tempTables.add(temp);
            statements.add(temporaryTable(table, temp));
            for (int j = 0; j < table.checks().size(); j++) {
                keysByTemp.put(temp + ".c" + j, tableKeys.check(table.checks().get(j).expression()));
            }
            for (Column column : table.columns()) {
                if (column.generated()) {
                    keysByTemp.put(temp + "." + column.name(), tableKeys.generated(column));
                } else if (hasCallInDefault(column)) {
                    keysByTemp.put(temp + "." + column.name(), tableKeys.defaultOf(column));
                }
            }
            for (int j = 0; j < table.indexes().size(); j++) {
                Index index = table.indexes().get(j);
                tempIndexes.add(temp + "_" + j);
                keysByTemp.put(temp + "_" + j, tableKeys.index(index));
                statements.add(Attempt.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + temp + "_" + j
                        + " ON " + temp + clauses(index)));
            }
        }
        Map<String, String> spelled = new HashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        Savepoint savepoint = autoCommit ? null : connection.setSavepoint();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute(eachOrNothing(statements));
            }
            try (PreparedStatement ps = connection.prepareStatement(CHECKS)) {
                ps.setArray(1, connection.createArrayOf("text", tempTables.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // a conjunction's terms in sorted order: Hibernate's order changes from run to run
                        put(spelled, keysByTemp.get(rs.getString(1) + "." + rs.getString(2)),
                                CheckTerms.sorted(rs.getString(4)).orElse(rs.getString(3)));
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(DEFAULTS)) {
                ps.setArray(1, connection.createArrayOf("text", tempTables.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        put(spelled, keysByTemp.get(rs.getString(1) + "." + rs.getString(2)), rs.getString(3));
                    }
                }
            }
            if (!tempIndexes.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
                    ps.setArray(1, connection.createArrayOf("text", tempIndexes.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            put(spelled, keysByTemp.get(rs.getString(1)),
                                    PostgresSpellings.write(PostgresIndexDefinitions.read(rs, 2, rs.getString(1), false)));
                        }
                    }
                }
            }
        } finally {
            if (savepoint == null) {
                connection.rollback();
                connection.setAutoCommit(true);
            } else {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        }
        return spelled;
    }

    private static void put(Map<String, String> spelled, String key, String spelling) {
        if (key != null && spelling != null) {
            spelled.put(key, spelling);
        }
    }

    /**
     * Whether a default calls a function ({@code date_trunc('day', now())}): PostgreSQL adds casts to
     * the literals it passes, by types that only it knows, so such defaults are spelled by it.
     */
    private static boolean hasCallInDefault(Column column) {
        return column.defaultValue() != null && column.defaultValue().indexOf('(') >= 0;
    }

    /**
     * Whether PostgreSQL spells part of an index: a predicate, included columns, or a key that is
     * more than a column name (an expression, an operator class, a collation, an order).
     */
    private static boolean spelledByPostgres(Index index) {
        return index.where() != null || !index.include().isEmpty()
                || index.columns().stream().anyMatch(k -> !PostgresRenderer.isBareName(k));
    }

    /**
     * The temporary table of {@code table}: one {@code CREATE TABLE} with its defaults and checks
     * inline (one statement per table, which is what keeps 500 tables fast), and, should PostgreSQL
     * refuse it, the table alone then each default and check on its own, so that a refused one
     * skips only itself.
     */
    private static Attempt temporaryTable(Table table, String temp) {
        List<String> columns = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(quote(column.name()) + " " + column.type());
            inline.add(quote(column.name()) + " " + column.type()
                    + (hasCallInDefault(column) ? " DEFAULT " + column.defaultValue() : "")
                    + (column.generated() ? generation(column) : ""));
        }
        pieces.add("CREATE TEMPORARY TABLE " + temp + " (" + String.join(", ", columns) + ") ON COMMIT DROP");
        for (Column column : table.columns()) {
            if (hasCallInDefault(column)) {
                pieces.add("ALTER TABLE " + temp + " ALTER COLUMN " + quote(column.name()) + " SET DEFAULT "
                        + column.defaultValue());
            }
            if (column.generated()) {
                pieces.add("ALTER TABLE " + temp + " DROP COLUMN " + quote(column.name()) + ", ADD COLUMN "
                        + quote(column.name()) + " " + column.type() + generation(column));
            }
        }
        for (int j = 0; j < table.checks().size(); j++) {
            String check = "CONSTRAINT c" + j + " CHECK (" + table.checks().get(j).expression() + ")";
            inline.add(check);
            pieces.add("ALTER TABLE " + temp + " ADD " + check);
        }
        return new Attempt("CREATE TEMPORARY TABLE " + temp + " (" + String.join(", ", inline) + ") ON COMMIT DROP",
                pieces);
    }

    private static String generation(Column column) {
        return " GENERATED ALWAYS AS (" + column.generatedAs() + ") STORED";
    }

    /** A statement, and what to run instead, each on its own, when PostgreSQL refuses it. */
    record Attempt(String sql, List<String> otherwise) {
        static Attempt of(String sql) {
            return new Attempt(sql, List.of());
        }
    }

    /**
     * One {@code DO} block that runs each statement in a subtransaction of its own, so that one
     * PostgreSQL refuses (an unknown type or function, a syntax error) skips only itself and those
     * that depend on it, or runs its fallback statements instead, each in a subtransaction too.
     */
    static String eachOrNothing(List<Attempt> statements) {
        StringBuilder body = new StringBuilder("BEGIN\n");
        for (Attempt attempt : statements) {
            body.append("BEGIN EXECUTE ").append(PostgresIdentifiers.literal(attempt.sql()))
                    .append("; EXCEPTION WHEN OTHERS THEN");
            for (String sql : attempt.otherwise()) {
                body.append("\n  BEGIN EXECUTE ").append(PostgresIdentifiers.literal(sql))
                        .append("; EXCEPTION WHEN OTHERS THEN NULL; END;");
            }
            body.append(attempt.otherwise().isEmpty() ? " NULL; END;\n" : "\nEND;\n");
        }
        body.append("END");
        String tag = "$autogen$";
        for (int n = 0; body.indexOf(tag) >= 0; n++) {
            tag = "$autogen" + n + "$";
        }
        return "DO " + tag + "\n" + body + "\n" + tag;
    }
}
