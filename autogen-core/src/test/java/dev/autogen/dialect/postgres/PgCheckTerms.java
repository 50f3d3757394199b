package dev.autogen.dialect.postgres;

import java.util.List;

/** For tests: the terms {@link CheckTerms} reads from a check expression. */
public final class PgCheckTerms {

    private PgCheckTerms() {
    }

    /** The terms, or none. */
    public static List<String> terms(String expression) {
        return CheckTerms.of(expression).orElse(List.of());
    }
}
