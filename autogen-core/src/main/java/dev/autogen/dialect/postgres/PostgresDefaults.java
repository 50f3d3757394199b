package dev.autogen.dialect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical spelling of a column default, so that a default written by hand or by Hibernate
 * ({@code @ColumnDefault}) equals what {@code pg_get_expr(adbin, adrelid)} prints once PostgreSQL
 * has stored it. Both sides of a comparison go through it.
 *
 * <ul>
 *   <li>A literal cast to the column's own type (or a type of the same family: strings, numbers)
 *       loses the cast: {@code 'x'::character varying} → {@code 'x'}, {@code '-1'::integer} →
 *       {@code -1} on a number column.</li>
 *   <li>Function names are lower-cased ({@code NOW()} → {@code now()}), SQL value functions
 *       upper-cased as PostgreSQL prints them ({@code current_timestamp} → {@code CURRENT_TIMESTAMP}),
 *       {@code TRUE}/{@code FALSE}/{@code NULL} lower-cased; quoted text is never touched.</li>
 *   <li>A quoted boolean on a boolean column becomes {@code true}/{@code false}.</li>
 *   <li>Outside quoted text, a comma is followed by exactly one space and preceded by none, as
 *       PostgreSQL prints function arguments and array elements ({@code ARRAY[1,2]} →
 *       {@code ARRAY[1, 2]}); inside a cast's type modifier it has no space
 *       ({@code ::numeric(10,2)}).</li>
 *   <li>A bit-string constant ({@code B'0101'}, {@code X'1F'}) is spelled as PostgreSQL stores it,
 *       {@code '0101'::"bit"}, and so loses its cast on a bit-string column like any literal.</li>
 *   <li>Anything else is kept verbatim.</li>
 * </ul>
 *
 * <pre>{@code
 * PostgresDefaults.normalize("'x'::character varying", "character varying(255)")  // 'x'
 * PostgresDefaults.normalize("NOW()", "timestamp(6) without time zone")            // now()
 * }</pre>
 */
final class PostgresDefaults {

    private static final Set<String> VALUE_FUNCTIONS = Set.of(
            "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
            "current_role", "current_user", "user", "session_user", "system_user",
            "current_catalog", "current_schema");
    private static final Set<String> LOWER_WORDS = Set.of("true", "false", "null");
    private static final Set<String> TRUE_TEXT = Set.of("t", "true", "y", "yes", "on", "1");
    private static final Set<String> FALSE_TEXT = Set.of("f", "false", "n", "no", "off", "0");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern BIT_STRING = Pattern.compile("(?i)([bx])'([0-9a-f]*)'(.*)", Pattern.DOTALL);
    /** The text before a type modifier's parenthesis: {@code ...::numeric}, {@code ...::character varying}. */
    private static final Pattern CAST_TYPE_BEFORE = Pattern.compile("::\\s*\"?[A-Za-z_][A-Za-z0-9_ ]*\"?\\s*$");

    /** A cast at the end of an expression: {@code ::character varying(20)}, {@code ::public."Mood"[]}. */
    private static final Pattern TRAILING_CAST = Pattern.compile(
            "::\\s*(?:\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_$ ]*)(?:\\.(?:\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_$ ]*))?"
                    + "\\s*(?:\\(\\s*\\d+\\s*(?:,\\s*-?\\d+\\s*)?\\))?\\s*(?:\\[\\d*]\\s*)*$");

    private PostgresDefaults() {
    }

    /** The canonical default; {@code null} stays {@code null}, and so does a default that is only {@code NULL}. */
    static String normalize(String expression, String canonicalType) {
        if (expression == null || isNull(expression)) {
            return null;
        }
        String words = canonicalWords(bitString(expression.trim()));
        return canonicalType == null ? words : stripLiteralCasts(words, canonicalType);
    }

    /**
     * Whether a default is the null value, maybe cast and parenthesised ({@code NULL},
     * {@code NULL::character varying}, {@code (NULL)::integer}, {@code ((null))::text[]}): a column
     * with it behaves exactly as one with no default, which is what PostgreSQL stores for
     * {@code DEFAULT NULL} written by hand or by Liquibase.
     */
    static boolean isNull(String expression) {
        String s = expression.strip();
        while (true) {
            if (s.equalsIgnoreCase("null")) {
                return true;
            }
            int cast = lastCast(s);
            if (cast > 0) {
                s = s.substring(0, cast).strip();
            } else if (s.startsWith("(") && s.endsWith(")") && endOfGroup(s, 0) == s.length() - 1) {
                s = s.substring(1, s.length() - 1).strip();
            } else {
                return false;
            }
        }
    }

    /** Where a trailing {@code ::type} starts (a type name, maybe qualified, quoted, sized or an array), or -1. */
    private static int lastCast(String s) {
        var m = TRAILING_CAST.matcher(s);
        return m.find() ? m.start() : -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, quoted text skipped; -1 if none. */
    private static int endOfGroup(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(s, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Upper- or lower-cases the bare words that PostgreSQL prints in one case; quoted text stays. */
    private static String canonicalWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        java.util.ArrayDeque<Boolean> typeModifier = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(s, i);
                out.append(s, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'
                        || s.charAt(end) == '$')) {
                    end++;
                }
                String word = s.substring(i, end);
                String lower = word.toLowerCase(Locale.ROOT);
                boolean call = nextNonSpace(s, end) == '(';
                boolean afterDot = i > 0 && s.charAt(i - 1) == '.';
                if (VALUE_FUNCTIONS.contains(lower) && !afterDot) {
                    out.append(word.toUpperCase(Locale.ROOT));
                } else if (call || LOWER_WORDS.contains(lower)) {
                    out.append(lower);
                } else {
                    out.append(word);
                }
                i = end;
            } else if (c == '(' || c == '[') {
                typeModifier.push(c == '(' && CAST_TYPE_BEFORE.matcher(out).find());
                out.append(c);
                i++;
            } else if (c == ')' || c == ']') {
                if (!typeModifier.isEmpty()) {
                    typeModifier.pop();
                }
                out.append(c);
                i++;
            } else if (c == ',') {
                while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.setLength(out.length() - 1);
                }
                out.append(typeModifier.isEmpty() || !typeModifier.peek() ? ", " : ",");
                i++;
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code B'0101'} and {@code X'1F'} as PostgreSQL stores them: {@code '0101'::"bit"}. */
    private static String bitString(String s) {
        var m = BIT_STRING.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String digits = m.group(2);
        if (m.group(1).equalsIgnoreCase("b")) {
            if (!digits.matches("[01]*")) {
                return s;
            }
        } else {
            StringBuilder bits = new StringBuilder();
            for (char h : digits.toCharArray()) {
                String b = Integer.toBinaryString(Character.digit(h, 16));
                bits.append("0".repeat(4 - b.length())).append(b);
            }
            digits = bits.toString();
        }
        return "'" + digits + "'::\"bit\"" + m.group(3);
    }

    /** Drops the casts after a lone literal when they cast to the column's own type or family. */
    private static String stripLiteralCasts(String s, String columnType) {
        int literalEnd;
        if (s.startsWith("'")) {
            literalEnd = endOfQuoted(s, 0);
        } else {
            var m = NUMBER.matcher(s);
            literalEnd = m.lookingAt() ? m.end() : -1;
        }
        if (literalEnd <= 0) {
            return s;
        }
        String literal = s.substring(0, literalEnd);
        String rest = s.substring(literalEnd).trim();
        List<String> casts = new ArrayList<>();
        while (rest.startsWith("::")) {
            int next = rest.indexOf("::", 2);
            casts.add(rest.substring(2, next < 0 ? rest.length() : next).trim());
            rest = next < 0 ? "" : rest.substring(next);
        }
        if (!rest.isEmpty()) {
            return s;
        }
        for (String cast : casts) {
            if (!sameFamily(PostgresTypes.normalize(cast), columnType)) {
                return s;
            }
        }
        return unquoteForType(literal, columnType);
    }

    private static boolean sameFamily(String castType, String columnType) {
        String a = PostgresTypes.base(castType);
        String b = PostgresTypes.base(columnType);
        return a.equals(b)
                || PostgresTypes.isNumeric(castType) && PostgresTypes.isNumeric(columnType)
                || PostgresTypes.isString(castType) && PostgresTypes.isString(columnType)
                || PostgresTypes.isBitString(castType) && PostgresTypes.isBitString(columnType);
    }

    /** {@code '-1'} on a number column is {@code -1}; {@code 't'} on a boolean column is {@code true}. */
    private static String unquoteForType(String literal, String columnType) {
        if (!literal.startsWith("'") || !literal.endsWith("'") || literal.length() < 2) {
            return literal;
        }
        String text = literal.substring(1, literal.length() - 1);
        if (PostgresTypes.isNumeric(columnType) && NUMBER.matcher(text.trim()).matches()) {
            return text.trim();
        }
        if ("boolean".equals(columnType)) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (TRUE_TEXT.contains(lower)) {
                return "true";
            }
            if (FALSE_TEXT.contains(lower)) {
                return "false";
            }
        }
        return literal;
    }

    /** The index just past the quoted text starting at {@code start}; a doubled quote stays inside. */
    private static int endOfQuoted(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static char nextNonSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }
}
