package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import java.time.Instant;
import java.util.List;

/** The Javadoc above a migration class: its message, then revision, parents and creation time. */
final class RevisionHeader {

    private RevisionHeader() {
    }

    static CodeBlock javadoc(String message, String revision, List<String> parents, Instant created) {
        return javadoc(message, List.of(), revision, parents, created, true, List.of(), true);
    }

    /**
     * As above, with what {@code upgrade()} does in plain words ({@link UpgradeSummary}), saying when
     * the migration runs outside a transaction and what a squash replaces; {@code indexesOnly} false
     * says that a migration outside a transaction holds online constraint changes too, not only
     * concurrent indexes.
     */
    static CodeBlock javadoc(String message, List<UpgradeSummary.Line> summary, String revision, List<String> parents,
                             Instant created, boolean transactional, List<String> replaces, boolean indexesOnly) {
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add("$L\n\n", message.isBlank() ? "(no message)" : commentSafe(message));
        if (!summary.isEmpty()) {
            javadoc.add("<p>Upgrade:\n");
            boolean open = false;
            for (UpgradeSummary.Line line : summary) {
                if (line.more() == open) {
                    javadoc.add(open ? "</ol>\n" : "<ol>\n");
                    open = !open;
                }
                javadoc.add(line.more() ? "$L\n" : "<li>$L\n", commentSafe(line.text()));
                line.notes().forEach(note -> javadoc.add("    <br>$L\n", commentSafe(note)));
            }
            javadoc.add(open ? "</ol>\n\n" : "\n");
        }
        javadoc.add("<p>Revision: $L<br>\n", commentSafe(revision))
                .add("$L<br>\n", parentsLine(parents));
        if (!replaces.isEmpty()) {
            javadoc.add("Replaces (squashed): $L<br>\n", commentSafe(String.join(", ", replaces)));
        }
        javadoc.add("Created: $L\n", created);
        if (!transactional && !indexesOnly) {
            javadoc.add("\n<p>Not transactional: its online statements (indexes built CONCURRENTLY, constraints added\n")
                    .add("NOT VALID then validated) each commit on their own, so reads and writes go on meanwhile.\n")
                    .add("If it fails, what ran before the failure stays and no version row is written; fix the\n")
                    .add("cause and run it again: each step first removes what a failed run left behind.\n");
        } else if (!transactional) {
            javadoc.add("\n<p>Not transactional: PostgreSQL builds an index CONCURRENTLY only outside a transaction.\n")
                    .add("If it fails, what ran before the failure stays and no version row is written; fix the\n")
                    .add("cause and run it again: each index is first dropped if a failed run left it INVALID.\n");
        }
        return javadoc.build();
    }

    private static String parentsLine(List<String> parents) {
        if (parents.isEmpty()) {
            return "Parent: none (first migration)";
        }
        String names = commentSafe(String.join(", ", parents));
        return parents.size() == 1 ? "Parent: " + names : "Parents: " + names;
    }

    /**
     * Text that can neither end the comment nor start a Unicode escape (a backslash and a u, which
     * javac decodes even inside comments); the exact text is in the {@code @Revision} annotation.
     */
    private static String commentSafe(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replace("*/", "*&#47;")
                .replace("\\", "&#92;");
    }
}
