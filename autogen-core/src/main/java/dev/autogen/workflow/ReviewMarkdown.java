package dev.autogen.workflow;

import dev.autogen.workflow.MigrationReview.Body;
import dev.autogen.workflow.MigrationReview.Change;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pull-request comment bodies in CommonMark (GitHub's flavour renders them the same): what
 * {@code check --format markdown} and {@code show --format markdown} print. Plain words first, SQL
 * folded in {@code <details>}; every piece of text from a migration or a name is escaped, SQL sits in
 * fences longer than any run of backticks it holds. The first line is an HTML comment a CI job can
 * find to update its comment instead of adding one.
 */
public final class ReviewMarkdown {

    /** The first line of every body, invisible once rendered. */
    public static final String MARKER = "<!-- autogen review -->";

    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~&]");

    private ReviewMarkdown() {
    }

    /**
     * The body for a check.
     *
     * @param head      the revision the migrations lead to; null when there are none
     * @param pending   what a new migration would have to do; empty when entities and migrations agree
     * @param added     the migrations the change adds, in order; null when nobody asked
     * @param addedFrom what {@code added} is relative to, e.g. {@code origin/main}
     */
    public static String check(String head, List<Change> pending, List<MigrationReview> added, String addedFrom) {
        StringBuilder md = new StringBuilder(MARKER).append("\n\n");
        if (pending.isEmpty()) {
            md.append("## autogen check: entities and migrations agree\n\n");
            md.append(head == null ? "There are no migrations yet, and the entities map no table.\n"
                    : "The migrations lead to " + code(head) + ", the schema the entities map.\n");
        } else {
            md.append("## autogen check: entities and migrations differ\n\n");
            md.append("The entities need changes no migration makes yet. Run `autogen -m \"MESSAGE\"`, review the "
                    + "migration it writes and commit it. It would:\n\n");
            list(md, pending);
            md.append('\n');
            details(md, "SQL it would run (" + count(Change.statements(pending).size(), "statement") + ")",
                    List.of(fenced(Change.statements(pending), null)));
        }
        if (added != null) {
            md.append('\n');
            md.append("### ").append(added.isEmpty() ? "No migrations" : count(added.size(), "migration"))
                    .append(" added since ").append(code(addedFrom)).append('\n');
            for (MigrationReview migration : added) {
                md.append('\n');
                migration(md, migration, "####");
            }
        }
        return md.toString();
    }

    /** The body for one migration ({@code show REV --format markdown}). */
    public static String show(MigrationReview migration) {
        StringBuilder md = new StringBuilder(MARKER).append("\n\n");
        migration(md, migration, "##");
        return md.toString();
    }

    private static void migration(StringBuilder md, MigrationReview migration, String heading) {
        md.append(heading).append(' ').append(code(shortId(migration.revision()))).append(' ')
                .append(text(migration.message().isBlank() ? "(no message)" : migration.message())).append("\n\n");
        md.append("Revision ").append(code(migration.revision())).append(", ")
                .append(migration.parents().isEmpty() ? "the first migration"
                        : (migration.parents().size() == 1 ? "parent " : "parents ")
                                + String.join(", ", migration.parents().stream().map(ReviewMarkdown::code).toList()))
                .append("; ").append(migration.transactional() ? "runs in one transaction"
                        : "runs outside a transaction (each statement commits on its own)")
                .append("; file ").append(code(migration.origin())).append(".\n\n");
        md.append("Upgrade:\n\n");
        body(md, migration.upgrade());
        md.append('\n');
        md.append("Downgrade:\n\n");
        body(md, migration.downgrade());
        md.append('\n');
        details(md, "SQL: upgrade (" + count(migration.upgrade().statements().size(), "statement") + "), downgrade ("
                        + count(migration.downgrade().statements().size(), "statement") + ")",
                List.of(fenced(migration.upgrade().statements(), "upgrade"),
                        fenced(migration.downgrade().statements(), "downgrade")));
    }

    private static void body(StringBuilder md, Body body) {
        if (body.changes().isEmpty() && !body.stoppedAtJdbc()) {
            md.append("- nothing\n");
            return;
        }
        list(md, body.changes());
        if (body.stoppedAtJdbc()) {
            md.append("- then JDBC code through `op.connection()`, not shown: read the migration\n");
        }
    }

    private static void list(StringBuilder md, List<Change> changes) {
        changes.forEach(change -> md.append("- ").append(text(change.summary())).append('\n'));
    }

    private static void details(StringBuilder md, String summary, List<String> blocks) {
        md.append("<details>\n<summary>").append(html(summary)).append("</summary>\n\n");
        blocks.forEach(block -> md.append(block).append('\n'));
        md.append("</details>\n");
    }

    /** A fenced SQL block, each statement ending in a semicolon, with a comment naming it when asked. */
    static String fenced(List<String> statements, String label) {
        StringBuilder sql = new StringBuilder();
        if (label != null) {
            sql.append("-- ").append(label).append('\n');
        }
        if (statements.isEmpty()) {
            sql.append("-- no statements\n");
        }
        statements.forEach(statement -> sql.append(statement).append(";\n"));
        String fence = "`".repeat(Math.max(3, longestRun(sql) + 1));
        return fence + "sql\n" + sql + fence + "\n";
    }

    /** Inline code that shows {@code value} exactly, whatever backticks it holds. */
    static String code(String value) {
        String flat = value.replaceAll("\\s+", " ");
        String fence = "`".repeat(longestRun(flat) + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ");
        return fence + (pad ? " " + flat + " " : flat) + fence;
    }

    /** Text shown literally: markdown's punctuation escaped, lines joined. */
    static String text(String value) {
        return SPECIAL.matcher(value.replaceAll("\\s+", " ").strip())
                .replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    private static String html(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int longestRun(CharSequence value) {
        Matcher m = BACKTICKS.matcher(value);
        int longest = 0;
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String shortId(String revision) {
        return revision.length() > 12 ? revision.substring(0, 12) : revision;
    }
}
