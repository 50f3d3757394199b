package dev.autogen.codegen;

import java.util.List;

/**
 * The comments in the bodies of a hand-written migration ({@code autogen revision -m "..."}): how
 * to call {@code op.execute(sql)} and {@code op.connection()}. The text lives here, not in a
 * resource, so the writer needs nothing but its own classes; {@code templates/README.md} shows it.
 */
final class EmptyMigrationTemplate {

    static final List<String> UPGRADE = List.of(
            "Write the change by hand. Schema operations take the same helpers autogen generates:",
            "    op.addColumn(\"users\", column(\"full_name\", \"text\"));",
            "SQL runs in this migration's transaction:",
            "    op.execute(\"UPDATE users SET full_name = first_name || ' ' || last_name\");",
            "Or row by row with plain JDBC, in the same transaction (do not commit, roll back or close it):",
            "    try (var users = op.connection().createStatement();",
            "         var rows = users.executeQuery(\"SELECT id, first_name, last_name FROM users\");",
            "         var update = op.connection().prepareStatement(",
            "                 \"UPDATE users SET full_name = ? WHERE id = ?\")) {",
            "        while (rows.next()) {",
            "            update.setString(1, rows.getString(2) + \" \" + rows.getString(3));",
            "            update.setLong(2, rows.getLong(1));",
            "            update.addBatch();",
            "        }",
            "        update.executeBatch();",
            "    }",
            "Then, once every row has a value:",
            "    op.alterColumn(\"users\", column(\"full_name\", \"text\"), column(\"full_name\", \"text\").notNull());");

    static final List<String> DOWNGRADE = List.of(
            "Undo upgrade(), in reverse order, e.g.:",
            "    op.dropColumn(\"users\", column(\"full_name\", \"text\").notNull());",
            "If the change cannot be undone, say so:",
            "    throw new UnsupportedOperationException(\"backfill cannot be undone\");");

    private EmptyMigrationTemplate() {
    }
}
