package dev.autogen.entities;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names PostgreSQL gives the anonymous check constraints of one {@code CREATE TABLE}, in the
 * order it meets them: {@code <table>_<column>_check} when the expression reads exactly one column,
 * {@code <table>_check} otherwise, then {@code _check1}, {@code _check2}... for names already
 * taken, each part shortened so the whole fits in 63 bytes (its {@code ChooseConstraintName} and
 * {@code makeObjectName}). Clashes with constraints of other tables in the schema are not foreseen.
 */
final class ImplicitCheckNames {

    private static final int MAX_BYTES = 63;

    private final String table;
    private final List<String> columns;
    private final Set<String> taken;

    ImplicitCheckNames(String table, List<String> columns, Set<String> taken) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.taken = new HashSet<>(taken);
    }

    /** The name of the next anonymous check, which reads {@code expression}. */
    String next(String expression) {
        List<String> read = columnsRead(expression);
        String column = read.size() == 1 ? read.get(0) : null;
        String label = "check";
        for (int pass = 1; ; pass++) {
            String name = objectName(table, column, label);
            if (taken.add(name)) {
                return name;
            }
            label = "check" + pass;
        }
    }

    /**
     * The table's columns that an SQL expression mentions, approximately as PostgreSQL's
     * {@code pull_var_clause} finds them: identifiers outside string literals that are neither
     * called as functions nor written after {@code ::}.
     */
    List<String> columnsRead(String expression) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = expression.indexOf('\'', i + 1);
                i = i < 0 ? n : i + 1;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                end = end < 0 ? n : end;
                addIfColumn(found, expression.substring(i + 1, end), expression, i, end + 1);
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end))
                        || expression.charAt(end) == '_' || expression.charAt(end) == '$')) {
                    end++;
                }
                addIfColumn(found, expression.substring(i, end).toLowerCase(Locale.ROOT), expression, i, end);
                i = end;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return found;
    }

    private void addIfColumn(List<String> found, String name, String expression, int start, int end) {
        if (!columns.contains(name) || found.contains(name)) {
            return;
        }
        String before = expression.substring(0, start).stripTrailing();
        String after = expression.substring(Math.min(end, expression.length())).stripLeading();
        if (!before.endsWith("::") && !after.startsWith("(")) {
            found.add(name);
        }
    }

    /** PostgreSQL's {@code makeObjectName}: the longer of the two names loses characters first. */
    static String objectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        int chars1 = bytes(name1);
        int chars2 = name2 == null ? 0 : bytes(name2);
        while (chars1 + chars2 > available) {
            if (chars1 > chars2) {
                chars1--;
            } else {
                chars2--;
            }
        }
        StringBuilder out = new StringBuilder(clip(name1, chars1));
        if (name2 != null) {
            out.append('_').append(clip(name2, chars2));
        }
        return out.append('_').append(label).toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes that ends on a character. */
    private static String clip(String s, int maxBytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
