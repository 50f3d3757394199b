package dev.autogen.dialect.postgres;

/**
 * The {@code pg_catalog} queries that {@link PostgresIntrospector} runs: one each for the default
 * schema with the schemas to read, tables (and views), columns, constraints, indexes, sequences and
 * enum types, seven whatever the number of tables. Each but the first takes the schemas to read as its only
 * parameter, a {@code text[]}.
 */
final class PostgresCatalogQueries {

    /**
     * The schema unqualified names resolve to ({@code current_schema()}, else the fallback given
     * as the third parameter), and the schemas to read that exist, sorted: that one, those named
     * in the first parameter ({@code text[]}), and when the second ({@code boolean}) is true every
     * schema that is not PostgreSQL's own ({@code pg_*}, {@code information_schema}).
     */
    static final String SCHEMAS = """
            SELECT s.name,
                   ARRAY(SELECT n.nspname::text FROM pg_catalog.pg_namespace n
                         WHERE n.nspname = s.name OR n.nspname = ANY (?::text[])
                            OR (? AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema')
                         ORDER BY 1)
            FROM (SELECT coalesce(pg_catalog.current_schema()::text, ?) AS name) s""";

    /** The tables of interest (ordinary and partitioned, not partitions), joined by every query. */
    private static final String TABLES_OF_INTEREST = """
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            """;
    private static final String WHERE_TABLE_OF_INTEREST = """
            c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?::text[])
            """;

    /**
     * What a view or materialized view ({@code c}) reads, from the dependencies of its rewrite rule:
     * a flat {@code text[]} of (schema, relation, column) triples, sorted, the column {@code NULL}
     * where the view reads the relation as a whole. PostgreSQL refuses to change the type of, or
     * to drop, what is listed here.
     */
    static final String VIEW_USES = """
            ARRAY(SELECT x.e
                  FROM (SELECT DISTINCT rn.nspname::text AS s, rc.relname::text AS r, a.attname::text AS col
                        FROM pg_catalog.pg_rewrite rw
                        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass
                             AND d.objid = rw.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass
                             AND d.deptype = 'n' AND d.refobjid <> c.oid
                        JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
                        JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
                        LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                             AND d.refobjsubid > 0
                        WHERE rw.ev_class = c.oid) u
                  CROSS JOIN LATERAL unnest(ARRAY[u.s, u.r, u.col]) WITH ORDINALITY AS x(e, k)
                  ORDER BY u.s, u.r, u.col NULLS FIRST, x.k)""";

    /**
     * Tables, views and materialized views (the views' names are read here, with their definition
     * and what they read, in the same one query): oid, schema, name, comment, {@code relkind}, the
     * view's definition as {@code pg_get_viewdef} prints it, and {@link #VIEW_USES}; {@code NULL}
     * for the last two on a table.
     */
    static final String TABLES = "SELECT c.oid, n.nspname, c.relname, ds.description, c.relkind,\n"
            + "       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,\n"
            + "       CASE WHEN c.relkind IN ('v', 'm') THEN " + VIEW_USES.strip() + " END\n"
            + TABLES_OF_INTEREST
            + "LEFT JOIN pg_catalog.pg_description ds\n"
            + "       ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0\n"
            + "WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND n.nspname = ANY (?::text[])\n"
            + "ORDER BY n.nspname, c.relname";

    /**
     * Table oid, name, {@code format_type}, not null, default expression (the generation expression
     * of a generated column), identity ({@code ''}, {@code 'a'} or {@code 'd'}), generated ({@code ''}
     * or {@code 's'}), comment; in {@code attnum} order.
     */
    static final String COLUMNS = """
            SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, ds.description
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.attrelid
                   AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND """ + " " + WHERE_TABLE_OF_INTEREST + """
            ORDER BY a.attrelid, a.attnum""";

    /**
     * How checks are spelled, by introspection and by canonicalisation alike: the expression
     * {@code pg_get_expr(conbin, conrelid, true)} prints, which is what
     * {@code pg_get_constraintdef(oid, true)} wraps in {@code CHECK (...)} (followed by
     * {@code NO INHERIT} or {@code NOT VALID} when they apply, which the schema model does not keep).
     */
    static final String CHECK_EXPRESSION = "pg_catalog.pg_get_expr(con.conbin, con.conrelid, true)";

    /**
     * Primary keys, uniques, foreign keys and checks: table oid, name, type ({@code p}, {@code u},
     * {@code f}, {@code c}), key columns in key order, referenced schema, table and columns,
     * {@code confdeltype}, and a check's expression as {@link #CHECK_EXPRESSION} prints it.
     * Constraints cloned onto partitions ({@code conparentid <> 0}) are left out, and so are the
     * {@code NOT NULL} constraints that PostgreSQL 18 records (type {@code n}).
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
                   con.confdeltype,
                   CASE WHEN con.contype = 'c' THEN """ + " " + CHECK_EXPRESSION + """
             END
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0 AND """ + " " + WHERE_TABLE_OF_INTEREST + """
            ORDER BY con.conrelid, con.conname""";

    /**
     * What makes index {@code i} (a {@code pg_index} row, its {@code pg_class} row {@code ic}) the
     * index it is, as {@link PostgresIndexDefinitions} reads it: the key column names in key order
     * ({@code NULL} for an expression), each key alone as {@code pg_get_indexdef(oid, k, true)}
     * prints it (an expression, or the column as {@code quote_ident} spells it, which is what that
     * function prints for a column and costs less; without collation, operator class or order), the whole
     * definition as {@code pg_get_indexdef} prints it, the access method, the {@code INCLUDE}
     * columns, and the predicate as {@code pg_get_expr} prints it.
     */
    static final String INDEX_KEYS = """
                   ARRAY(SELECT a.attname::text
                         FROM generate_series(1, i.indnkeyatts) AS k(n)
                         LEFT JOIN pg_catalog.pg_attribute a
                                ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
                         ORDER BY k.n) AS columns,
                   ARRAY(SELECT CASE WHEN i.indkey[k.n - 1] = 0
                                     THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.n, true)
                                     ELSE pg_catalog.quote_ident(a.attname) END
                         FROM generate_series(1, i.indnkeyatts) AS k(n)
                         LEFT JOIN pg_catalog.pg_attribute a
                                ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
                         ORDER BY k.n) AS keys,
                   pg_catalog.pg_get_indexdef(i.indexrelid, 0, true) AS definition,
                   (SELECT am.amname::text FROM pg_catalog.pg_am am WHERE am.oid = ic.relam) AS method,
                   ARRAY(SELECT a.attname::text
                         FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS k(n)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1]
                         ORDER BY k.n) AS included,
                   pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate
            """;

    /**
     * Indexes that back no primary key, unique or exclusion constraint: table oid, index name,
     * unique, and the {@link #INDEX_KEYS} columns.
     */
    static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique,
            """ + INDEX_KEYS + """
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
              AND """ + " " + WHERE_TABLE_OF_INTEREST + """
            ORDER BY i.indrelid, ic.relname""";

    /**
     * Sequences but those of identity columns ({@code pg_depend} type {@code i}: they come and go
     * with their column): schema, name, start, increment, and the schema, table and column that own
     * it ({@code OWNED BY}, type {@code a}, as a {@code serial} column's sequence), nulls for none.
     */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement, own.nspname, own.relname, own.attname
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN LATERAL (SELECT tn.nspname, t.relname, a.attname
                               FROM pg_catalog.pg_depend d
                               JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
                               JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
                               JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                               WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = s.seqrelid
                                 AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
                                 AND d.deptype = 'a'
                               LIMIT 1) own ON true
            WHERE n.nspname = ANY (?::text[])
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = s.seqrelid
                                AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
                                AND d.deptype = 'i')
            ORDER BY n.nspname, c.relname""";

    /** Enum types: schema, name, and the values in {@code enumsortorder}. */
    static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
                         WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname = ANY (?::text[])
            ORDER BY n.nspname, t.typname""";

    private PostgresCatalogQueries() {
    }
}
