package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.literal;

/**
 * The {@code WITH INOUT} casts to and from an enum type. Hibernate's schema export creates two for
 * each named enum ({@code create cast (varchar as t) with inout as implicit} and back), so autogen
 * creates them with the type, drops them with it (a type they depend on cannot be dropped without
 * {@code CASCADE}, which would also drop the columns that still use it) and moves them over when it
 * recreates the type. Introspection does not read them: Hibernate binds a named enum as
 * {@code Types.OTHER} and never needs them, so a database made by another tool without them is not
 * a difference (docs/detection.md, "Enum types").
 */
final class EnumCasts {

    private static final String CASTS = "SELECT castsource::regtype AS s, casttarget::regtype AS t, castcontext"
            + " FROM pg_catalog.pg_cast WHERE castmethod = 'i' AND %1$s::regtype IN (castsource, casttarget)";

    private EnumCasts() {
    }

    /** Creates the two implicit casts Hibernate creates for {@code type} (its name as SQL), as Hibernate spells them. */
    static java.util.List<String> create(String type) {
        return java.util.List.of("CREATE CAST (character varying AS " + type + ") WITH INOUT AS IMPLICIT",
                "CREATE CAST (" + type + " AS character varying) WITH INOUT AS IMPLICIT");
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
