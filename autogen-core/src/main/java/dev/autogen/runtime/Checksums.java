package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.ArrayList;
import java.util.List;

/** Applied migrations whose source changed since: an error on every run, until {@code autogen repair}. */
public final class Checksums {

    private Checksums() {
    }

    /** The applied revisions whose migration now has another checksum (both known). */
    public static List<Mismatch> mismatches(RevisionGraph graph, List<AppliedRevision> applied) {
        List<Mismatch> out = new ArrayList<>();
        for (AppliedRevision row : applied) {
            if (!graph.contains(row.revision())) {
                continue;
            }
            MigrationScript script = graph.get(row.revision());
            if (row.checksum() != null && script.checksum() != null && !row.checksum().equals(script.checksum())) {
                out.add(new Mismatch(script, row.checksum()));
            }
        }
        return out;
    }

    static void verify(RevisionGraph graph, List<AppliedRevision> applied) {
        List<Mismatch> mismatches = mismatches(graph, applied);
        if (!mismatches.isEmpty()) {
            Mismatch first = mismatches.get(0);
            throw new AutogenException("migration " + first.script().revision() + " (" + first.script().origin()
                    + ") was edited after it was applied to this database (applied " + shortSum(first.applied())
                    + ", now " + shortSum(first.script().checksum()) + ")"
                    + (mismatches.size() > 1 ? " and " + (mismatches.size() - 1) + " more" : "")
                    + "; restore it, or run `autogen repair` to accept the change");
        }
    }

    static String shortSum(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }

    /** An applied migration's recorded checksum and the script that now has another. */
    public record Mismatch(MigrationScript script, String applied) {
    }
}
