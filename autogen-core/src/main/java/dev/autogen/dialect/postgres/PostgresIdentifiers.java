package dev.autogen.dialect.postgres;

import dev.autogen.schema.TableName;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifier rules: when a name must be double-quoted, how a table name is qualified,
 * how a string constant is written,
 * and the names PostgreSQL chooses itself (such as {@code <table>_pkey}).
 *
 * <pre>{@code
 * PostgresIdentifiers.quote("user")     // "user" (reserved)
 * PostgresIdentifiers.quote("Invoice")  // "Invoice" (upper case would fold)
 * PostgresIdentifiers.quote("invoice")  // invoice
 * }</pre>
 */
final class PostgresIdentifiers {

    /**
     * The key words of PostgreSQL 17 that cannot be a table or column name without quotes: those
     * the docs' appendix "SQL Key Words" marks "reserved" and "reserved (can be function or type)"
     * (catcode {@code R} and {@code T} of {@code pg_get_keywords()}).
     */
    static final Set<String> RESERVED = Set.of(
            // reserved
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both",
            "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
            "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially",
            "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
            "null", "offset", "on", "only", "or", "order", "placing", "primary", "references",
            "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when",
            "where", "window", "with",
            // reserved (can be function or type)
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema",
            "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural",
            "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose");

    /** Longest identifier PostgreSQL keeps, in bytes ({@code NAMEDATALEN - 1}). */
    static final int MAX_IDENTIFIER_BYTES = 63;

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private PostgresIdentifiers() {
    }

    /** The identifier as SQL: double-quoted (inner quotes doubled) only when it needs to be. */
    static String quote(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A string constant, or {@code NULL}: quotes doubled; with a backslash, an escape string
     * ({@code E'...'}, backslashes doubled), which reads the same whatever
     * {@code standard_conforming_strings} says.
     */
    static String literal(String text) {
        if (text == null) {
            return "NULL";
        }
        String quoted = "'" + text.replace("'", "''") + "'";
        return text.indexOf('\\') < 0 ? quoted : "E" + quoted.replace("\\", "\\\\");
    }

    /** {@code table} or {@code schema.table}, each part quoted when needed. */
    static String qualified(TableName table) {
        return table.schema() == null ? quote(table.name()) : quote(table.schema()) + "." + quote(table.name());
    }

    /** {@code name} or {@code schema.name} for an object that lives in the schema of {@code table}. */
    static String inSchemaOf(TableName table, String name) {
        return table.schema() == null ? quote(name) : quote(table.schema()) + "." + quote(name);
    }

    /**
     * The name PostgreSQL stores for an identifier written in DDL: {@code "Name"} or {@code `Name`}
     * keeps its case without the quotes; anything else has its ASCII letters folded to lower case
     * (PostgreSQL's {@code downcase_identifier} leaves other letters alone in a UTF-8 database: an
     * unquoted {@code Ärger} stays {@code Ärger}); both are cut to 63 bytes, as PostgreSQL truncates them.
     */
    static String stored(String written) {
        String name = written;
        boolean quoted = name.length() >= 2
                && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
        if (quoted) {
            name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
        } else {
            name = foldAscii(name);
        }
        return clip(name, MAX_IDENTIFIER_BYTES);
    }

    /** The name PostgreSQL gives an unnamed primary key: {@code <table>_pkey}, cut to 63 bytes as it does. */
    static String defaultPrimaryKeyName(String table) {
        return objectName(table, "pkey");
    }

    /**
     * PostgreSQL's {@code makeObjectName(name, NULL, label)}: the name shortened, never inside a
     * multibyte character, so that {@code name_label} fits in 63 bytes.
     */
    static String objectName(String name, String label) {
        int available = MAX_IDENTIFIER_BYTES - label.length() - 1;
        return clip(name, available) + "_" + label;
    }

    /**
     * PostgreSQL's {@code makeObjectName(name1, name2, label)}: {@code name1_name2_label}, the longer
     * of the two names losing bytes first (never inside a character) so that the whole fits in 63 bytes.
     */
    static String objectName(String name1, String name2, String label) {
        int available = MAX_IDENTIFIER_BYTES - label.length() - 2;
        int bytes1 = name1.getBytes(StandardCharsets.UTF_8).length;
        int bytes2 = name2.getBytes(StandardCharsets.UTF_8).length;
        while (bytes1 + bytes2 > available) {
            if (bytes1 > bytes2) {
                bytes1--;
            } else {
                bytes2--;
            }
        }
        return clip(name1, bytes1) + "_" + clip(name2, bytes2) + "_" + label;
    }

    private static String foldAscii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static String clip(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
