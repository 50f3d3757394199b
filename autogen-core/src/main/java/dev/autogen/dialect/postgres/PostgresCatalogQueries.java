package dev.autogen.dialect.postgres;

/**
 * The {@code pg_catalog} queries that {@link PostgresIntrospector} runs: one each for the default
 * schema, tables, columns, constraints and indexes, whatever the number of tables. Each takes the
 * schemas to read as its only parameter, a {@code text[]}.
 */
final class PostgresCatalogQueries {

    /** The schema unqualified names resolve to. */
    static final String CURRENT_SCHEMA = "SELECT pg_catalog.current_schema()";

    /** The tables of interest (ordinary and partitioned, not partitions), joined by every query. */
    private static final String TABLES_OF_INTEREST = """
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            """;
    private static final String WHERE_TABLE_OF_INTEREST = """
            c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?::text[])
            """;

    /** oid, schema, name. */
    static final String TABLES = "SELECT c.oid, n.nspname, c.relname\n" + TABLES_OF_INTEREST
            + "WHERE " + WHERE_TABLE_OF_INTEREST
            + "ORDER BY n.nspname, c.relname";

    /**
     * Table oid, name, {@code format_type}, not null, default expression, identity ({@code ''},
     * {@code 'a'} or {@code 'd'}), generated ({@code ''} or {@code 's'}); in {@code attnum} order.
     */
    static final String COLUMNS = """
            SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND """ + " " + WHERE_TABLE_OF_INTEREST + """
            ORDER BY a.attrelid, a.attnum""";

    /**
     * Primary keys, uniques and foreign keys: table oid, name, type ({@code p}, {@code u},
     * {@code f}), key columns in key order, referenced schema, table and columns, and
     * {@code confdeltype}. Constraints cloned onto partitions ({@code conparentid <> 0}) are left out.
     */
    static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS columns,
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS referenced_columns,
                   con.confdeltype
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f') AND con.conparentid = 0 AND """ + " " + WHERE_TABLE_OF_INTEREST + """
            ORDER BY con.conrelid, con.conname""";

    /**
     * Indexes that back no primary key, unique or exclusion constraint: table oid, index name,
     * unique, and per key column (in order) the column name, or {@code NULL} for an expression, the
     * expression as {@code pg_get_indexdef} prints it, and {@code indoption} (bit 0 DESC, bit 1
     * NULLS FIRST).
     */
    static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique,
                   ARRAY(SELECT a.attname::text
                         FROM generate_series(1, i.indnkeyatts) AS k(n)
                         LEFT JOIN pg_catalog.pg_attribute a
                                ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
                         ORDER BY k.n) AS columns,
                   ARRAY(SELECT CASE WHEN i.indkey[k.n - 1] = 0
                                     THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.n, true) END
                         FROM generate_series(1, i.indnkeyatts) AS k(n)
                         ORDER BY k.n) AS expressions,
                   ARRAY(SELECT i.indoption[k.n - 1]::int
                         FROM generate_series(1, i.indnkeyatts) AS k(n)
                         ORDER BY k.n) AS options
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
              AND """ + " " + WHERE_TABLE_OF_INTEREST + """
            ORDER BY i.indrelid, ic.relname""";

    private PostgresCatalogQueries() {
    }
}
