package dev.autogen.dialect.postgres;

import dev.autogen.dialect.SpellingCache;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What decides how PostgreSQL spells an expression besides the expression and its table, read in
 * one query: the server version; the settings that decide how names are qualified and constants
 * printed or parsed ({@code search_path}, {@code DateStyle}, {@code TimeZone},
 * {@code extra_float_digits}...); and a digest of every object created after {@code initdb}
 * (oid 16384 and up) that an expression can name or that decides which function or operator
 * it resolves to: schemas, functions with their arguments and defaults, types (enum labels, a
 * domain's base type, a composite type's attributes), operators, casts, collations, operator
 * classes, access methods, text search configurations and extensions. Tables are not in it (an
 * expression of one table cannot name another), so creating tables keeps what was spelled.
 */
final class PostgresSpellingContext {

    /** Changes whenever the meaning of a key or a spelling of {@link PostgresSpellings} changes. */
    static final String FORMAT = "postgresql spellings 1";

    static final String QUERY = """
            SELECT pg_catalog.current_setting('server_version_num'),
                   pg_catalog.concat_ws(E'\\n',
                     pg_catalog.current_setting('search_path'),
                     (SELECT pg_catalog.string_agg(s::text, ',' ORDER BY o)
                      FROM pg_catalog.unnest(pg_catalog.current_schemas(true)) WITH ORDINALITY AS u(s, o)
                      WHERE s::text !~ '^pg_(toast_)?temp_'),
                     pg_catalog.current_setting('DateStyle'), pg_catalog.current_setting('IntervalStyle'),
                     pg_catalog.current_setting('TimeZone'), pg_catalog.current_setting('timezone_abbreviations'),
                     pg_catalog.current_setting('extra_float_digits'), pg_catalog.current_setting('bytea_output'),
                     pg_catalog.current_setting('standard_conforming_strings'),
                     pg_catalog.current_setting('quote_all_identifiers'),
                     pg_catalog.current_setting('transform_null_equals'), pg_catalog.current_setting('array_nulls'),
                     pg_catalog.current_setting('lc_monetary'), pg_catalog.current_setting('lc_numeric'),
                     pg_catalog.current_setting('server_encoding'), pg_catalog.current_setting('client_encoding'),
                     pg_catalog.current_setting('default_text_search_config')),
                   (SELECT pg_catalog.md5(COALESCE(pg_catalog.string_agg(d, E'\\n' ORDER BY d), ''))
                    FROM (SELECT 'schema ' || n.nspname::text AS d FROM pg_catalog.pg_namespace n
                          WHERE n.oid >= 16384 AND n.nspname !~ '^pg_(toast_)?temp_'
                          UNION ALL
                          SELECT 'function ' || p.oid::pg_catalog.regprocedure::text || ' ('
                                 || pg_catalog.pg_get_function_arguments(p.oid) || ') '
                                 || pg_catalog.pg_get_function_result(p.oid) || ' ' || p.prokind::text
                          FROM pg_catalog.pg_proc p WHERE p.oid >= 16384
                          UNION ALL
                          SELECT 'type ' || t.oid::pg_catalog.regtype::text || ' ' || t.typtype::text || ' '
                                 || t.typcategory::text || t.typispreferred::text || ' '
                                 || COALESCE(pg_catalog.format_type(NULLIF(t.typbasetype, 0), t.typtypmod), '')
                          FROM pg_catalog.pg_type t
                          WHERE t.oid >= 16384 AND t.typcategory <> 'A'
                            AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                                                          WHERE c.oid = t.typrelid AND c.relkind = 'c'))
                          UNION ALL
                          SELECT 'label ' || e.enumtypid::pg_catalog.regtype::text || ' '
                                 || e.enumsortorder::text || ' ' || e.enumlabel::text
                          FROM pg_catalog.pg_enum e WHERE e.enumtypid >= 16384
                          UNION ALL
                          SELECT 'attribute ' || c.reltype::pg_catalog.regtype::text || ' ' || a.attnum::text || ' '
                                 || a.attname::text || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
                          FROM pg_catalog.pg_class c
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          WHERE c.oid >= 16384 AND c.relkind = 'c'
                          UNION ALL
                          SELECT 'range ' || r.rngtypid::pg_catalog.regtype::text || ' '
                                 || r.rngsubtype::pg_catalog.regtype::text
                          FROM pg_catalog.pg_range r WHERE r.rngtypid >= 16384
                          UNION ALL
                          SELECT 'operator ' || o.oid::pg_catalog.regoperator::text || ' '
                                 || o.oprresult::pg_catalog.regtype::text || ' ' || o.oprcode::text
                          FROM pg_catalog.pg_operator o WHERE o.oid >= 16384
                          UNION ALL
                          SELECT 'cast ' || pg_catalog.format_type(k.castsource, NULL) || ' '
                                 || pg_catalog.format_type(k.casttarget, NULL) || ' ' || k.castcontext::text
                                 || k.castmethod::text || ' ' || k.castfunc::pg_catalog.regprocedure::text
                          FROM pg_catalog.pg_cast k WHERE k.oid >= 16384
                          UNION ALL
                          SELECT 'collation ' || l.collnamespace::pg_catalog.regnamespace::text || '.' || l.collname::text
                          FROM pg_catalog.pg_collation l WHERE l.oid >= 16384
                          UNION ALL
                          SELECT 'opclass ' || c.opcnamespace::pg_catalog.regnamespace::text || '.' || c.opcname::text
                                 || ' ' || c.opcmethod::text || ' ' || c.opcintype::pg_catalog.regtype::text || ' '
                                 || c.opcdefault::text
                          FROM pg_catalog.pg_opclass c WHERE c.oid >= 16384
                          UNION ALL
                          SELECT 'am ' || m.amname::text || ' ' || m.amtype::text
                          FROM pg_catalog.pg_am m WHERE m.oid >= 16384
                          UNION ALL
                          SELECT 'tsconfig ' || f.oid::pg_catalog.regconfig::text
                          FROM pg_catalog.pg_ts_config f WHERE f.oid >= 16384
                          UNION ALL
                          SELECT 'extension ' || x.extname::text || ' ' || x.extversion
                          FROM pg_catalog.pg_extension x WHERE x.oid >= 16384) AS objects)""";

    private PostgresSpellingContext() {
    }

    /** The context of the database {@code connection} talks to, e.g. labelled {@code postgresql-16}. */
    static SpellingCache.Context of(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            rs.next();
            int version = Integer.parseInt(rs.getString(1));
            return new SpellingCache.Context("postgresql-" + (version >= 100000 ? version / 10000 : version / 100),
                    FORMAT + "\n" + version + "\n" + rs.getString(2) + "\n" + rs.getString(3));
        }
    }
}
