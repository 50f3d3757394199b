package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.runtime.RunListener.Direction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target ({@code head}, {@code base}, {@code +N}, {@code -N}, a revision id or unique
 * prefix, {@code REV+N} or {@code REV-N}) into the steps that take a database from what it has
 * applied to that target. A squash counts as applied when the database ran the whole chain it
 * replaces; a database in the middle of that chain upgrades through the rest of the old migrations
 * ({@link SquashedChains}).
 */
public final class Planner {

    private final RevisionGraph graph;
    private final Set<String> applied;
    private final SquashedChains chains;
    /** Where an offline script starts ({@code FROM} of {@code FROM:TO --sql}); null for a live database. */
    private final String offlineFrom;

    public Planner(RevisionGraph graph, List<String> applied) {
        this(graph, applied, null);
    }

    private Planner(RevisionGraph graph, List<String> applied, String offlineFrom) {
        this.graph = graph;
        this.chains = SquashedChains.of(graph, applied);
        this.applied = chains.applied();
        this.offlineFrom = offlineFrom;
    }

    /**
     * A planner for offline SQL ({@code --sql}): the database is taken to be at {@code from} (a
     * target as {@link #stamped} reads it), and messages name {@code FROM:TO --sql} commands.
     */
    public static Planner offline(RevisionGraph graph, String from) {
        if (from.strip().equals("current")) {
            throw new AutogenException("--sql reads no database, so FROM cannot be 'current'; write the revision "
                    + "the database is at (`autogen current` prints it), e.g. 3f2a:head");
        }
        return new Planner(graph, List.copyOf(new Planner(graph, List.of()).stamped(from)), from);
    }

    /** The command that would do {@code verb} to {@code target} from here, for messages. */
    private String command(String verb, String target) {
        return offlineFrom == null ? "`autogen " + verb + " " + target + "`"
                : "`autogen " + verb + " " + offlineFrom + ":" + target + " --sql`";
    }

    /** The applied revisions that no other applied revision follows: where the database stands. */
    public List<String> current() {
        Set<String> effective = new LinkedHashSet<>();
        for (MigrationScript s : graph.ordered()) {
            chains.appliedOf(s).forEach(done -> effective.add(done.revision()));
        }
        Set<String> parents = new LinkedHashSet<>();
        for (String revision : effective) {
            parents.addAll(graph.get(revision).parents());
        }
        return effective.stream().filter(r -> !parents.contains(r)).sorted().toList();
    }

    public boolean isAtHead() {
        String head = graph.head();
        return head == null ? applied.isEmpty() : applied.containsAll(graph.ancestorsOf(head))
                && applied.size() == graph.ancestorsOf(head).size();
    }

    public List<Step> upgrade(String target) {
        Targets.check(target, "upgrade");
        if (target.startsWith("-")) {
            throw new AutogenException("upgrade goes up, and " + target + " counts down; use "
                    + command("downgrade", target) + ", or +" + target.substring(1) + " to apply that many");
        }
        if (target.equals("base")) {
            throw new AutogenException("upgrade base has nothing to apply: base is before the first migration; "
                    + "to revert every migration use " + command("downgrade", "base"));
        }
        List<MigrationScript> pending = new ArrayList<>();
        if (target.startsWith("+")) {
            int n = count(target);
            String head = graph.head();
            Set<String> wanted = head == null ? Set.of() : graph.ancestorsOf(head);
            for (MigrationScript s : graph.ordered()) {
                if (wanted.contains(s.revision()) && !applied.contains(s.revision())) {
                    chains.toApply(s).stream().limit(n - pending.size()).forEach(pending::add);
                }
            }
            if (pending.size() < n) {
                throw new AutogenException("cannot upgrade " + target + ": only " + pending.size()
                        + " migration(s) left to apply; use " + command("upgrade", "head")
                        + (pending.isEmpty() ? " (already there)" : ""));
            }
        } else {
            Set<String> wanted = new java.util.HashSet<>();
            if (target.equals("heads")) {
                graph.heads().forEach(h -> wanted.addAll(graph.ancestorsOf(h)));
            } else {
                String revision = resolve(target);
                if (revision != null) {
                    wanted.addAll(graph.ancestorsOf(revision));
                    notBelow(revision, target);
                }
            }
            for (MigrationScript s : graph.ordered()) {
                if (wanted.contains(s.revision()) && !applied.contains(s.revision())) {
                    pending.addAll(chains.toApply(s));
                }
            }
        }
        return pending.stream().map(s -> new Step(s, Direction.UPGRADE)).toList();
    }

    public List<Step> downgrade(String target) {
        List<MigrationScript> appliedOrdered = graph.ordered().stream()
                .flatMap(s -> chains.appliedOf(s).stream()).toList();
        Targets.check(target, "downgrade");
        if (target.startsWith("+")) {
            throw new AutogenException("downgrade goes down, and " + target + " counts up; use "
                    + command("upgrade", target) + ", or -" + target.substring(1) + " to revert that many");
        }
        if (target.equals("heads")) {
            throw new AutogenException("downgrade goes to one revision, and 'heads' names every head; use a "
                    + "revision id, -N or base");
        }
        List<MigrationScript> undo = new ArrayList<>();
        if (target.startsWith("-")) {
            int n = count(target);
            if (n > appliedOrdered.size()) {
                throw new AutogenException("cannot downgrade " + target + ": only " + appliedOrdered.size()
                        + " migration(s) applied; use " + command("downgrade", "base")
                        + (appliedOrdered.isEmpty() ? " (already there)" : " to revert them all"));
            }
            undo.addAll(appliedOrdered.subList(appliedOrdered.size() - n, appliedOrdered.size()));
        } else {
            String revision = target.equals("base") ? null : resolve(target);
            Set<String> keep = revision == null ? Set.of() : graph.ancestorsOf(revision);
            if (revision != null && !applied.contains(revision)) {
                throw new AutogenException("cannot downgrade to " + revision + ": it is not applied"
                        + (offlineFrom == null ? "" : " at " + offlineFrom) + ", so there is nothing to revert; "
                        + "downgrade goes down, use " + command("upgrade", target));
            }
            for (MigrationScript s : appliedOrdered) {
                if (!keep.contains(graph.squashReplacing(s.revision()).map(MigrationScript::revision)
                        .orElse(s.revision()))) {
                    undo.add(s);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = undo.size() - 1; i >= 0; i--) {
            steps.add(new Step(undo.get(i), Direction.DOWNGRADE));
        }
        return steps;
    }

    /**
     * The rows the version table should hold to say the database is at {@code target}, without
     * running anything ({@code autogen stamp}): the target and everything it descends from.
     */
    public Set<String> stamped(String target) {
        Targets.check(target, "stamp");
        if (target.startsWith("+") || target.startsWith("-")) {
            throw new AutogenException("stamp records a revision, and " + target + " is a count; write head, "
                    + "heads, base, a revision id or prefix, or REV" + target + " (counted from REV)");
        }
        Set<String> wanted = new java.util.TreeSet<>();
        if (target.equals("heads")) {
            graph.heads().forEach(h -> wanted.addAll(graph.ancestorsOf(h)));
        } else {
            String revision = resolve(target);
            if (revision != null) {
                wanted.addAll(graph.ancestorsOf(revision));
            }
        }
        return wanted;
    }

    /**
     * The revision a target names, as {@code upgrade} would read it ({@code head}, an id or unique
     * prefix, {@code REV+N}, ...); {@code null} for {@code base}.
     */
    public String revision(String target) {
        return resolve(target);
    }

    /**
     * {@code head} → the single head, {@code base} → none, {@code REV+N} / {@code REV-N} → the
     * revision N steps after / before REV ({@link RelativeTarget}), else an id or unique prefix.
     */
    private String resolve(String target) {
        RelativeTarget relative = graph.contains(target) ? null : RelativeTarget.parse(target);
        if (relative != null) {
            return relative.resolve(graph, this::resolveAnchor);
        }
        return resolveAnchor(target);
    }

    private String resolveAnchor(String target) {
        return switch (target) {
            case "head" -> graph.head();
            case "base" -> null;
            default -> notReplaced(graph.resolveId(target));
        };
    }

    /** A revision a squash replaced is no target: the squash stands for its whole chain. */
    private String notReplaced(String revision) {
        graph.squashReplacing(revision).ifPresent(squash -> {
            throw new AutogenException("revision " + revision + " was squashed into " + squash.revision()
                    + "; use " + squash.revision() + " (the whole chain) or another revision as the target");
        });
        return revision;
    }

    /**
     * Refuses an upgrade to a revision the database is already past: {@code upgrade} never reverts
     * (it would silently do nothing, and a script from {@code head:REV --sql} would be empty).
     */
    private void notBelow(String revision, String target) {
        if (applied.contains(revision) && !current().contains(revision)) {
            throw new AutogenException("cannot upgrade to " + target + ": the database"
                    + (offlineFrom == null ? "" : " at " + offlineFrom) + " is already past it (at "
                    + String.join(", ", current()) + "); upgrade goes up, use " + command("downgrade", target));
        }
    }

    private static int count(String target) {
        try {
            int n = Integer.parseInt(target.substring(1));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new AutogenException("bad target '" + target + "'; use +N or -N with N a positive number");
        }
    }
}
