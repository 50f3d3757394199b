package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a database stands with respect to the squashes of a graph, read from its version-table
 * rows: a squash is applied when its own row is there or the rows of every revision it replaces
 * are (the database ran the old chain); a database that ran only the start of a replaced chain is
 * in the middle of it and finishes it with the old migrations, which must still exist.
 *
 * @param applied the applied revisions as the graph sees them (squashes in place of their chains)
 * @param partial per squash whose chain is partly applied, the old migrations applied so far and
 *                those still to run, oldest first
 */
record SquashedChains(Set<String> applied, Map<String, Partial> partial) {

    /** A chain partly applied: the old migrations it ran, and the rest. */
    record Partial(List<MigrationScript> done, List<MigrationScript> remaining) {
    }

    static SquashedChains of(RevisionGraph graph, Collection<String> rows) {
        List<String> unknown = rows.stream()
                .filter(r -> graph.squashReplacing(r).isEmpty() && !graph.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw unknown(graph, rows, unknown);
        }
        Set<String> applied = new LinkedHashSet<>();
        for (String revision : rows) {
            if (graph.squashReplacing(revision).isEmpty()) {
                applied.add(revision);
            }
        }
        Map<String, Partial> partial = new LinkedHashMap<>();
        for (MigrationScript squash : graph.ordered()) {
            if (!squash.isSquash() || applied.contains(squash.revision())) {
                continue;
            }
            List<String> done = squash.replaces().stream().filter(rows::contains).toList();
            if (done.size() == squash.replaces().size()) {
                applied.add(squash.revision());
            } else if (!done.isEmpty()) {
                partial.put(squash.revision(), partial(graph, squash, done));
            }
        }
        return new SquashedChains(applied, partial);
    }

    /**
     * The database holds rows of revisions no migration declares: restore them, or drop their rows
     * with the exact {@code stamp --purge} that keeps the database where the rest of its rows put it.
     */
    private static AutogenException unknown(RevisionGraph graph, Collection<String> rows, List<String> unknown) {
        List<String> known = rows.stream().filter(r -> !unknown.contains(r)).toList();
        List<String> at = new Planner(graph, known).current();
        String stamp = at.size() > 1 ? "autogen stamp REV --purge` (REV: the revision the schema is at, one of "
                + String.join(", ", at) + ")" : "autogen stamp " + (at.isEmpty() ? "base" : at.get(0)) + " --purge`";
        return new AutogenException("database is at revision " + String.join(", ", unknown) + ", which no migration "
                + "here declares (applied from a newer checkout, or its file was deleted); restore the missing "
                + "migration, or drop its row with `" + stamp);
    }

    private static Partial partial(RevisionGraph graph, MigrationScript squash, List<String> done) {
        List<String> missing = squash.replaces().stream().filter(r -> !graph.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new AutogenException("database is at revision " + done.get(done.size() - 1)
                    + ", in the middle of the chain squashed into " + squash.revision() + ", whose migration(s) "
                    + String.join(", ", missing) + " were deleted; restore them from version control to upgrade "
                    + "this database through the old chain");
        }
        List<MigrationScript> applied = new ArrayList<>();
        List<MigrationScript> remaining = new ArrayList<>();
        for (String revision : squash.replaces()) {
            (done.contains(revision) ? applied : remaining).add(graph.get(revision));
        }
        return new Partial(List.copyOf(applied), List.copyOf(remaining));
    }

    /** What upgrading past {@code script} runs: the script, or the rest of the old chain it replaces. */
    List<MigrationScript> toApply(MigrationScript script) {
        Partial p = partial.get(script.revision());
        return p == null ? List.of(script) : p.remaining();
    }

    /** What is applied of {@code script}: itself, the old migrations of its chain run so far, or nothing. */
    List<MigrationScript> appliedOf(MigrationScript script) {
        if (applied.contains(script.revision())) {
            return List.of(script);
        }
        Partial p = partial.get(script.revision());
        return p == null ? List.of() : p.done();
    }
}
