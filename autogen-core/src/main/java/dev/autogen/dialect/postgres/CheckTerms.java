package dev.autogen.dialect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terms of a check expression that is a conjunction, read from the spelling PostgreSQL prints
 * without pretty-printing ({@code pg_get_expr(conbin, conrelid)}, not {@code ..., true}): there every
 * {@code AND}, {@code OR} and {@code NOT} is wrapped in parentheses of its own, so the {@code AND}s
 * directly inside the outermost pair are exactly the separators of the top-level conjunction, and a
 * term that is itself a conjunction is one pair of parentheses around more of them.
 *
 * <p>Hibernate writes the terms of a Bean Validation check ({@code @Min(1) @Max(5)}) in an order that
 * changes from one JVM run to the next; with the terms sorted, the same check compares equal whatever
 * the order. Anything that is not plainly a conjunction of that shape (a top-level {@code OR}, an
 * unbalanced string, a spelling that is not PostgreSQL's) has no terms, and keeps its order: when in
 * doubt, two checks stay different.
 *
 * <pre>{@code
 * ((stars <= 5) AND (stars >= 1))            has terms [(stars <= 5), (stars >= 1)]
 * (((a > 0) AND (b > 0)) AND (c IS NOT NULL)) has terms [(a > 0), (b > 0), (c IS NOT NULL)]
 * ((a > 0) OR (b > 0))                        has none
 * }</pre>
 */
final class CheckTerms {

    private static final String AND = " AND ";

    private CheckTerms() {
    }

    /**
     * The flattened terms of {@code expression} (PostgreSQL's non-pretty spelling) when it is a
     * conjunction of two or more; empty otherwise.
     */
    static Optional<List<String>> of(String expression) {
        List<String> terms = new ArrayList<>();
        if (!flatten(expression.strip(), terms) || terms.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(terms));
    }

    /**
     * The conjunction of the terms of {@code expression} in sorted order, each in parentheses
     * ({@code (a) AND (b)}), or empty when it has no terms or they are sorted already.
     */
    static Optional<String> sorted(String expression) {
        return of(expression).filter(terms -> !terms.equals(terms.stream().sorted().toList()))
                .map(terms -> String.join(AND, terms.stream().sorted().map(t -> "(" + t + ")").toList()));
    }

    /** Adds the terms of {@code expression} (itself when it is no conjunction); false if it cannot be read. */
    private static boolean flatten(String expression, List<String> out) {
        List<String> parts = conjunction(expression);
        if (parts == null) {
            return false;
        }
        if (parts.size() == 1) {
            out.add(expression);
            return true;
        }
        for (String part : parts) {
            if (!flatten(part, out)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The operands of {@code expression} when it is {@code (x AND y ...)} with the {@code AND}s at the
     * first depth; the expression alone when it is not; {@code null} when its quotes or parentheses do
     * not balance.
     */
    private static List<String> conjunction(String expression) {
        if (!expression.startsWith("(") || closing(expression, 0) != expression.length() - 1) {
            return balanced(expression) ? List.of(expression) : null;
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(expression, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 1 && expression.startsWith(AND, i)) {
                parts.add(expression.substring(start, i).strip());
                start = i + AND.length();
                i = start - 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of(expression);
        }
        parts.add(expression.substring(start, expression.length() - 1).strip());
        return parts.stream().anyMatch(String::isEmpty) ? null : parts;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(s, i);
                if (i < 0) {
                    return false;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * The index of the quote that ends the literal or quoted identifier opening at {@code at} (a
     * doubled quote stays inside; in an {@code E'...'} literal a backslash escapes the next
     * character), or -1 when it does not end.
     */
    private static int endOfQuoted(String s, int at) {
        char quote = s.charAt(at);
        boolean escapes = quote == '\'' && at > 0 && (s.charAt(at - 1) == 'E' || s.charAt(at - 1) == 'e')
                && (at < 2 || !Character.isLetterOrDigit(s.charAt(at - 2)) && s.charAt(at - 2) != '_');
        for (int i = at + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escapes && c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
