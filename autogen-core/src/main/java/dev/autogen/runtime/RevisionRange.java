package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A range of revisions {@code A:B} as {@code autogen history -r} reads it (Alembic's
 * {@code history -r}): every revision that descends from A (A included) and that B descends from
 * (B included). Either end may be left open ({@code A:}, {@code :B}); ends are targets the
 * {@link Planner} resolves ({@code base}, {@code head}, {@code heads}, {@code current}, an id or
 * unique prefix).
 */
public final class RevisionRange {

    private RevisionRange() {
    }

    /** Whether an end of {@code range} is {@code current}, so that reading it needs the database. */
    public static boolean needsDatabase(String range) {
        int colon = range.indexOf(':');
        return colon >= 0 && (range.substring(0, colon).strip().equals("current")
                || range.substring(colon + 1).strip().equals("current"));
    }

    /**
     * The revisions of {@code range}, parents before children (as {@link RevisionGraph#ordered()});
     * {@code planner} resolves the ends and knows what {@code current} is.
     */
    public static List<MigrationScript> of(RevisionGraph graph, Planner planner, String range) {
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new AutogenException("bad range '" + range + "'; write A:B, A: or :B, e.g. base:head or 3f2a:");
        }
        String lowerText = range.substring(0, colon).strip();
        String upperText = range.substring(colon + 1).strip();
        Set<String> lower = lowerText.isEmpty() ? Set.of() : ends(graph, planner, lowerText);
        Set<String> upper = upperText.isEmpty() ? Set.copyOf(graph.heads()) : ends(graph, planner, upperText);

        Set<String> below = new LinkedHashSet<>();
        upper.forEach(rev -> below.addAll(graph.ancestorsOf(rev)));
        Set<String> above = lower.isEmpty() ? null : graph.descendantsOf(lower);
        List<MigrationScript> out = new ArrayList<>();
        for (MigrationScript s : graph.ordered()) {
            if (below.contains(s.revision()) && (above == null || above.contains(s.revision()))) {
                out.add(s);
            }
        }
        for (String rev : lower) {
            if (!below.contains(rev)) {
                throw new AutogenException("revision " + rev + " is not an ancestor of "
                        + (upperText.isEmpty() ? "any head" : upperText) + ", so the range " + range
                        + " is empty; give an older revision first, on the same branch as the second");
            }
        }
        return out;
    }

    /** The revisions one end names: none for {@code base}, all heads for {@code heads}. */
    private static Set<String> ends(RevisionGraph graph, Planner planner, String target) {
        return switch (target) {
            case "base" -> Set.of();
            case "heads" -> Set.copyOf(graph.heads());
            case "current" -> Set.copyOf(planner.current());
            default -> {
                String revision = planner.revision(target);
                yield revision == null ? Set.of() : Set.of(revision);
            }
        };
    }
}
