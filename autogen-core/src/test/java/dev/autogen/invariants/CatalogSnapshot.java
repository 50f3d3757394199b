package dev.autogen.invariants;

import dev.autogen.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a database holds outside the system schemas, read from the catalog directly (not
 * through autogen's introspection, so that what autogen's model does not know is seen too), one
 * sorted line per object: schemas, relations, columns in {@code attnum} order with type, nullity,
 * default, identity, generation and collation, constraints as {@code pg_get_constraintdef} prints
 * them (column order included), indexes as {@code pg_get_indexdef} prints them, sequences and their
 * owners, enum types with their labels in order, the casts to and from user types, comments.
 * autogen's version table is left out.
 */
final class CatalogSnapshot {

    private static final String USER_NAMESPACE = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    private static final String NOT_VERSION = "c.relname <> 'autogen_version'";

    private static final String SCHEMAS = "SELECT 'schema ' || n.nspname FROM pg_namespace n WHERE " + USER_NAMESPACE;

    private static final String RELATIONS = "SELECT 'relation ' || c.relkind::text || ' ' || c.oid::regclass::text"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_NAMESPACE
            + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND " + NOT_VERSION;

    private static final String COLUMNS = "SELECT 'column ' || c.oid::regclass::text || ' #' || a.attnum || ' '"
            + " || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)"
            + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
            + " || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END"
            + " || CASE WHEN a.attgenerated <> '' THEN ' generated ' || a.attgenerated::text || ' as ' ELSE '' END"
            + " || CASE WHEN a.attgenerated = '' AND d.adbin IS NOT NULL THEN ' default ' ELSE '' END"
            + " || coalesce(pg_get_expr(d.adbin, d.adrelid), '')"
            + " || CASE WHEN a.attcollation <> t.typcollation THEN ' collate ' || a.attcollation::regcollation::text ELSE '' END"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND "
            + USER_NAMESPACE + " AND " + NOT_VERSION;

    /** Check constraints are listed apart (see {@link #of}). */
    private static final String CONSTRAINTS = "SELECT 'constraint ' || c.oid::regclass::text || ' '"
            + " || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE con.contype <> 'c' AND " + USER_NAMESPACE + " AND " + NOT_VERSION;

    private static final String INDEXES = "SELECT 'index ' || pg_get_indexdef(i.indexrelid)"
            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + USER_NAMESPACE + " AND " + NOT_VERSION;

    private static final String SEQUENCES = "SELECT 'sequence ' || s.seqrelid::regclass::text || ' ' || format_type(s.seqtypid, NULL)"
            + " || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax"
            + " || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END"
            + " || coalesce((SELECT ' owned by ' || d.refobjid::regclass::text || '.' || quote_ident(a.attname) || ' (' || d.deptype::text || ')'"
            + "   FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
            + "   WHERE d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid AND d.refclassid = 'pg_class'::regclass"
            + "   AND d.deptype IN ('a', 'i')), '')"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + USER_NAMESPACE + " AND " + NOT_VERSION;

    private static final String ENUMS = "SELECT 'enum ' || t.oid::regtype::text || ' ('"
            + " || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')'"
            + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE " + USER_NAMESPACE + " GROUP BY t.oid";

    private static final String CASTS = "SELECT 'cast (' || format_type(k.castsource, NULL) || ' AS '"
            + " || format_type(k.casttarget, NULL) || ') method ' || k.castmethod::text || ' context ' || k.castcontext::text"
            + " || coalesce(' function ' || k.castfunc::regprocedure::text, '')"
            + " FROM pg_cast k WHERE k.oid >= 16384";

    private static final String COMMENTS = "SELECT 'comment ' || c.oid::regclass::text"
            + " || coalesce('.' || quote_ident(a.attname), '') || ' ' || quote_literal(d.description)"
            + " FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0"
            + " WHERE " + USER_NAMESPACE + " AND " + NOT_VERSION;

    private CatalogSnapshot() {
    }

    /**
     * The sorted lines of {@code db}'s catalog, with {@code checks}: the check constraints, one line
     * each, spelled as the caller compares them.
     */
    static List<String> of(TestDatabase db, List<String> checks) throws SQLException {
        List<String> lines = new ArrayList<>(checks);
        for (String query : List.of(SCHEMAS, RELATIONS, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES, ENUMS, CASTS,
                COMMENTS)) {
            lines.addAll(db.column(query));
        }
        lines.sort(null);
        return lines;
    }
}
