package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.quote;

import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Index;
import dev.autogen.schema.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys under which {@link PostgresCanonicalizer} remembers what PostgreSQL made of one
 * expression in one round ({@link dev.autogen.dialect.SpellingCache}), and how an index's
 * spelling is written as one string. A key holds what decides the spelling besides the database
 * ({@link PostgresSpellingContext}): a digest of the columns of the table (names and types, all
 * of them: an expression may name any) and of the desired enum types created beside it, what it
 * is (a check, a default or generated expression of a named column, an index) and the expression
 * exactly as it is sent.
 */
final class PostgresSpellings {

    private final String table;

    private PostgresSpellings(String table) {
        this.table = table;
    }

    /** The keys of the expressions of {@code table}, beside the desired {@code enums}. */
    static PostgresSpellings of(Table table, java.util.Collection<EnumType> enums) {
        StringBuilder context = new StringBuilder();
        PostgresRenderer renderer = new PostgresRenderer();
        for (EnumType type : enums) {
            renderer.createEnum(new dev.autogen.operation.CreateEnum(type))
                    .forEach(sql -> context.append(sql).append('\n'));
        }
        for (Column column : table.columns()) {
            context.append(quote(column.name())).append(' ').append(column.type()).append('\n');
        }
        return new PostgresSpellings(sha256(context.toString()));
    }

    String check(String expression) {
        return table + " check " + expression;
    }

    String defaultOf(Column column) {
        return table + " default " + quote(column.name()) + " " + column.defaultValue();
    }

    String generated(Column column) {
        return table + " generated " + quote(column.name()) + " " + column.generatedAs();
    }

    String index(Index index) {
        return table + " index " + (index.unique() ? "UNIQUE" : "") + PostgresIndexDefinitions.clauses(index);
    }

    /** What PostgreSQL spelled of an index: its keys, method, included columns, nulls and predicate. */
    static String write(Index spelled) {
        List<String> fields = new ArrayList<>();
        fields.add(join(spelled.columns()));
        fields.add(spelled.method());
        fields.add(join(spelled.include()));
        fields.add(Boolean.toString(spelled.nullsDistinct()));
        fields.add(spelled.where());
        return join(fields);
    }

    /** {@code index} with what {@link #write} wrote of PostgreSQL's spelling. */
    static Index read(Index index, String written) {
        List<String> fields = split(written);
        return new Index(index.name(), split(fields.get(0)), index.unique(), fields.get(1), split(fields.get(2)),
                Boolean.parseBoolean(fields.get(3)), fields.get(4));
    }

    /** Whether {@code written} is what {@link #write} writes (a damaged cache is asked again). */
    static boolean readable(String written) {
        try {
            List<String> fields = written == null ? List.of() : split(written);
            return fields.size() == 5 && fields.get(0) != null && fields.get(2) != null && fields.get(3) != null
                    && split(fields.get(0)).stream().allMatch(java.util.Objects::nonNull)
                    && split(fields.get(2)).stream().allMatch(java.util.Objects::nonNull);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Each string as its length, {@code :} and itself; a null as {@code -}. */
    private static String join(List<String> strings) {
        StringBuilder out = new StringBuilder();
        for (String s : strings) {
            out.append(s == null ? "-" : s.length() + ":" + s);
        }
        return out.toString();
    }

    private static List<String> split(String joined) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < joined.length()) {
            if (joined.charAt(i) == '-') {
                out.add(null);
                i++;
                continue;
            }
            int colon = joined.indexOf(':', i);
            int length = Integer.parseInt(joined.substring(i, colon));
            out.add(joined.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
