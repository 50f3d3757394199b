package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.literal;

/**
 * The {@code DO} blocks that deal with the {@code WITH INOUT} casts to and from an enum type.
 * Hibernate's schema export creates two for each named enum ({@code create cast (varchar as t)
 * with inout as implicit} and back); a type they depend on cannot be dropped without
 * {@code CASCADE}, which would also drop the columns that still use it.
 */
final class EnumCasts {

    private static final String CASTS = "SELECT castsource::regtype AS s, casttarget::regtype AS t, castcontext"
            + " FROM pg_catalog.pg_cast WHERE castmethod = 'i' AND %1$s::regtype IN (castsource, casttarget)";

    private EnumCasts() {
    }

    /** Drops the casts to and from {@code type} (its name as SQL). */
    static String drop(String type) {
        return block(String.format(CASTS, literal(type)),
                "EXECUTE format('DROP CAST (%s AS %s)', c.s, c.t);");
    }

    /** Moves the casts to and from {@code from} over to {@code to} (names as SQL), keeping their context. */
    static String move(String from, String to) {
        String f = literal(from) + "::regtype";
        String t = literal(to) + "::regtype";
        return block(String.format(CASTS, literal(from)),
                "EXECUTE format('DROP CAST (%s AS %s)', c.s, c.t); "
                        + "EXECUTE format('CREATE CAST (%s AS %s) WITH INOUT%s', "
                        + "CASE WHEN c.s = " + f + " THEN " + t + " ELSE c.s END, "
                        + "CASE WHEN c.t = " + f + " THEN " + t + " ELSE c.t END, "
                        + "CASE c.castcontext WHEN 'i' THEN ' AS IMPLICIT' WHEN 'a' THEN ' AS ASSIGNMENT' ELSE '' END);");
    }

    private static String block(String query, String body) {
        return "DO $autogen$DECLARE c record; BEGIN FOR c IN " + query + " LOOP " + body
                + " END LOOP; END$autogen$";
    }
}
