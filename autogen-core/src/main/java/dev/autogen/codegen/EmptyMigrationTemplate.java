package dev.autogen.codegen;

import java.util.List;

/**
 * The comments in the bodies of a hand-written migration ({@code autogen revision -m "..."}): how
 * to call {@code op.execute(sql)}, {@code op.connection()} and {@code op.executeBatch(...)}, and
 * the commented {@code transactional = false} in its {@code @Revision}. The text lives here, not in a
 * resource, so the writer needs nothing but its own classes; {@code templates/README.md} shows it.
 */
final class EmptyMigrationTemplate {

    static final List<String> UPGRADE = List.of(
            "Write the change by hand. Schema operations take the same helpers autogen generates:",
            "    op.addColumn(\"users\", column(\"full_name\", \"text\"));",
            "SQL runs in this migration's transaction:",
            "    op.execute(\"UPDATE users SET full_name = first_name || ' ' || last_name\");",
            "Or with plain JDBC in the same transaction (do not commit, roll back or close it), and one",
            "parameterised statement per row run as a single batch:",
            "    var rows = new java.util.ArrayList<java.util.List<?>>();",
            "    try (var users = op.connection().createStatement();",
            "         var result = users.executeQuery(\"SELECT id, first_name, last_name FROM users\")) {",
            "        while (result.next()) {",
            "            rows.add(java.util.List.of(result.getString(2) + \" \" + result.getString(3), result.getLong(1)));",
            "        }",
            "    }",
            "    op.executeBatch(\"UPDATE users SET full_name = ? WHERE id = ?\", rows);",
            "Then, once every row has a value:",
            "    op.alterColumn(\"users\", column(\"full_name\", \"text\"), column(\"full_name\", \"text\").notNull());",
            "Statements PostgreSQL refuses inside a transaction need transactional = false in @Revision:",
            "    op.createIndexConcurrently(\"users\", index(\"ix_users_full_name\", \"full_name\"));");

    static final List<String> DOWNGRADE = List.of(
            "Undo upgrade(), in reverse order, e.g.:",
            "    op.dropColumn(\"users\", column(\"full_name\", \"text\").notNull());",
            "If the change cannot be undone, say so:",
            "    throw new UnsupportedOperationException(\"backfill cannot be undone\");");

    /** The commented member shown in {@code @Revision}, above {@code created}; uncommented, it compiles. */
    static final String TRANSACTIONAL_HINT = "// transactional = false, "
            + "// run outside a transaction, for what PostgreSQL refuses inside one (CREATE INDEX CONCURRENTLY)";

    private EmptyMigrationTemplate() {
    }

    /**
     * The source with {@link #TRANSACTIONAL_HINT} inserted as a line of its own before the
     * {@code created} member of {@code @Revision}; JavaPoet has no way to put a comment there.
     */
    static String withTransactionalHint(String source) {
        java.util.regex.Matcher created = java.util.regex.Pattern.compile("(?m)^( +)created = ").matcher(source);
        if (!created.find()) {
            throw new IllegalStateException("no created member in @Revision");
        }
        return source.substring(0, created.start()) + created.group(1) + TRANSACTIONAL_HINT + "\n"
                + source.substring(created.start());
    }
}
