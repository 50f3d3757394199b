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

    public Planner(RevisionGraph graph, List<String> applied) {
        this.graph = graph;
        this.chains = SquashedChains.of(graph, applied);
        this.applied = chains.applied();
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
                        + " migration(s) left to apply");
            }
        } else {
            Set<String> wanted = new java.util.HashSet<>();
            if (target.equals("heads")) {
                graph.heads().forEach(h -> wanted.addAll(graph.ancestorsOf(h)));
            } else {
                String revision = resolve(target);
                if (revision != null) {
                    wanted.addAll(graph.ancestorsOf(revision));
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
        List<MigrationScript> undo = new ArrayList<>();
        if (target.startsWith("-")) {
            int n = count(target);
            if (n > appliedOrdered.size()) {
                throw new AutogenException("cannot downgrade " + target + ": only " + appliedOrdered.size()
                        + " migration(s) applied");
            }
            undo.addAll(appliedOrdered.subList(appliedOrdered.size() - n, appliedOrdered.size()));
        } else {
            String revision = target.equals("base") ? null : resolve(target);
            Set<String> keep = revision == null ? Set.of() : graph.ancestorsOf(revision);
            if (revision != null && !applied.contains(revision)) {
                throw new AutogenException("cannot downgrade to " + revision + ": it is not applied; "
                        + "use `autogen upgrade " + revision + "`");
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
