package dev.autogen.dialect.postgres;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical spelling of PostgreSQL column types: what {@code format_type(atttypid,
 * atttypmod)} prints for a column declared with the given spelling, with the default precision
 * of time types spelled out ({@link #withDefaultPrecision}: {@code timestamp} and
 * {@code timestamp(6)} are one type). It covers every type name
 * Hibernate's {@code PostgreSQLDialect} writes in DDL ({@code varchar(255)}, {@code float(53)},
 * {@code timestamp(6) with time zone}, {@code integer array}, ...) and the usual hand-written
 * synonyms; names it does not know pass through lower-cased with their white space tidied.
 *
 * <pre>{@code
 * PostgresTypes.normalize("VARCHAR(255)")   // character varying(255)
 * PostgresTypes.normalize("timestamp(6)")   // timestamp(6) without time zone
 * PostgresTypes.normalize("timestamp")      // timestamp(6) without time zone
 * PostgresTypes.normalize("int4 array")     // integer[]
 * }</pre>
 */
final class PostgresTypes {

    /** Names whose canonical form has no modifier and does not depend on one. */
    private static final Map<String, String> SIMPLE = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("tinyint", "smallint"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"),
            Map.entry("char", "character(1)"), Map.entry("character", "character(1)"),
            Map.entry("bit", "bit(1)"), Map.entry("varbit", "bit varying"),
            Map.entry("decimal", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timetz", "time with time zone"));

    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(.*?)(?: array(?:\\[\\d*])?|(?:\\[\\d*])+)$");
    private static final Pattern SIZED = Pattern.compile(
            "(varchar|character varying|char varying|char|character|bpchar|bit|bit varying|varbit)\\((\\d+)\\)");
    private static final Pattern FLOAT = Pattern.compile("float\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("(?:numeric|decimal)\\((\\d+)(?:,(-?\\d+))?\\)");
    private static final Pattern DATETIME = Pattern.compile(
            "(timestamp|time|timestamptz|timetz)(?:\\((\\d+)\\))?(?: (with|without) time zone)?");

    /** {@code format_type} of a timestamp or time type without a precision, array or not. */
    private static final Pattern DATETIME_DEFAULT = Pattern.compile(
            "(timestamp|time)( with time zone| without time zone)((?:\\[])?)");
    /** {@code format_type} of an interval without a precision that may take one, array or not. */
    private static final Pattern INTERVAL_DEFAULT = Pattern.compile(
            "interval((?: (?:day to |hour to |minute to )?second)?)((?:\\[])?)");

    private PostgresTypes() {
    }

    /** The canonical spelling of {@code type}; see the class comment. */
    static String normalize(String type) {
        String t = tidy(type);
        Matcher array = ARRAY_SUFFIX.matcher(t);
        if (array.matches() && !array.group(1).isEmpty()) {
            return withDefaultPrecision(element(array.group(1)) + "[]");
        }
        return withDefaultPrecision(element(t));
    }

    /**
     * A {@code format_type} spelling with PostgreSQL's default fractional-seconds precision spelled
     * out: {@code timestamp}, {@code time} (with or without time zone) and {@code interval} (bare,
     * or with fields ending in {@code second}) without a precision keep microseconds, exactly as
     * with {@code (6)}, so {@code timestamp without time zone} is {@code timestamp(6) without time
     * zone}, the spelling Hibernate writes. Introspection passes every column type through it; any
     * other type is returned as it is. {@code timestamp(3)} is another type and stays.
     */
    static String withDefaultPrecision(String formatType) {
        Matcher m = DATETIME_DEFAULT.matcher(formatType);
        if (m.matches()) {
            return m.group(1) + "(6)" + m.group(2) + m.group(3);
        }
        m = INTERVAL_DEFAULT.matcher(formatType);
        if (m.matches()) {
            return "interval" + m.group(1) + "(6)" + m.group(2);
        }
        return formatType;
    }

    /** The type without its modifiers, e.g. {@code timestamp without time zone} for {@code timestamp(6) ...}. */
    static String base(String canonicalType) {
        return canonicalType.replaceAll("\\([^)]*\\)", "");
    }

    private static final java.util.Set<String> BUILT_IN = java.util.Set.of("smallint", "integer", "bigint", "numeric",
            "real", "double precision", "boolean", "character varying", "character", "text", "bytea", "date",
            "time without time zone", "time with time zone", "timestamp without time zone",
            "timestamp with time zone", "interval", "uuid", "json", "jsonb", "oid", "bit", "bit varying", "money",
            "xml", "tsvector", "tsquery", "inet", "cidr", "macaddr", "\"char\"", "name");

    /**
     * Whether the canonical type is one of PostgreSQL's own (arrays of them too), as opposed to a
     * user-defined one such as an enum type, which converts to other types only through text.
     */
    static boolean isBuiltIn(String canonicalType) {
        String base = base(canonicalType).replace("[]", "").replaceAll(" +", " ").strip();
        return BUILT_IN.contains(base) || base.startsWith("interval ");
    }

    /** Whether values of the canonical type are numbers. */
    static boolean isNumeric(String canonicalType) {
        return switch (base(canonicalType)) {
            case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> true;
            default -> false;
        };
    }

    /** Whether values of the canonical type are character strings. */
    static boolean isString(String canonicalType) {
        return switch (base(canonicalType)) {
            case "text", "character varying", "character", "bpchar", "name" -> true;
            default -> false;
        };
    }

    /**
     * Whether values of the canonical type are bit strings: {@code bit(n)}, {@code bit varying(n)}
     * and {@code "bit"}, the length-less bit type PostgreSQL prints in casts ({@code '0101'::"bit"}).
     */
    static boolean isBitString(String canonicalType) {
        return switch (base(canonicalType)) {
            case "bit", "bit varying", "\"bit\"" -> true;
            default -> false;
        };
    }

    private static String element(String t) {
        String simple = SIMPLE.get(t);
        if (simple != null) {
            return simple;
        }
        Matcher m = SIZED.matcher(t);
        if (m.matches()) {
            String size = "(" + Integer.parseInt(m.group(2)) + ")";
            return switch (m.group(1)) {
                case "varchar", "character varying", "char varying" -> "character varying" + size;
                case "char", "character", "bpchar" -> "character" + size;
                case "bit" -> "bit" + size;
                default -> "bit varying" + size;
            };
        }
        m = FLOAT.matcher(t);
        if (m.matches()) {
            int precision = Integer.parseInt(m.group(1));
            if (precision >= 1 && precision <= 24) {
                return "real";
            }
            if (precision >= 25 && precision <= 53) {
                return "double precision";
            }
            return t;
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            int scale = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return "numeric(" + Integer.parseInt(m.group(1)) + "," + scale + ")";
        }
        m = DATETIME.matcher(t);
        if (m.matches()) {
            boolean zoned = m.group(1).endsWith("tz") || "with".equals(m.group(3));
            if (m.group(1).endsWith("tz") && m.group(3) != null) {
                return t;
            }
            String name = m.group(1).startsWith("timestamp") ? "timestamp" : "time";
            String precision = m.group(2) == null ? "" : "(" + Integer.parseInt(m.group(2)) + ")";
            return name + precision + (zoned ? " with time zone" : " without time zone");
        }
        return t;
    }

    /** Lower case, single spaces, no spaces around parentheses, brackets and commas. */
    private static String tidy(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        t = t.replaceAll(" ?([(),\\[\\]]) ?", "$1");
        // a space after ')' that introduces words ("timestamp(6) with time zone") must stay
        return t.replaceAll("\\)(?=[a-z])", ") ");
    }
}
