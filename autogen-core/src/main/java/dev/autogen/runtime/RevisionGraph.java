package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The migrations as a graph of revisions: each names its parents. Checked when built (no
 * duplicate ids, no missing parents, no cycles), so every question asked of it has an answer.
 *
 * <p>A squash ({@code @Revision(replaces = ...)}) stands in for the chain it folds: the graph's
 * order, heads and ancestry see the squash only, and a migration whose parent is a replaced
 * revision follows the squash instead. The replaced migrations, while their files exist, stay
 * reachable through {@link #get} for databases in the middle of the old chain.
 */
public final class RevisionGraph {

    private final Map<String, MigrationScript> byRevision;
    private final Map<String, MigrationScript> squashOf;
    private final List<MigrationScript> ordered;
    /** Each revision's children, in {@link #ordered()} order. */
    private final Map<String, List<String>> children = new HashMap<>();

    private RevisionGraph(Map<String, MigrationScript> byRevision, Map<String, MigrationScript> squashOf,
                          List<MigrationScript> ordered) {
        this.byRevision = byRevision;
        this.squashOf = squashOf;
        this.ordered = ordered;
        for (MigrationScript script : ordered) {
            script.parents().forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(script.revision()));
        }
    }

    public static RevisionGraph of(Collection<MigrationScript> scripts) {
        Map<String, MigrationScript> all = new TreeMap<>();
        for (MigrationScript script : scripts) {
            MigrationScript previous = all.put(script.revision(), script);
            if (previous != null) {
                throw new AutogenException("revision " + script.revision() + " is declared twice: by "
                        + previous.origin() + " and " + script.origin() + "; give one of them a new id");
            }
        }
        Map<String, MigrationScript> squashOf = squashes(all);
        // a hash map: the order comes from topologicalOrder's queue of ready revisions, not from this
        Map<String, MigrationScript> active = new HashMap<>();
        for (MigrationScript script : List.copyOf(all.values())) {
            MigrationScript own = squashOf.get(script.revision());
            MigrationScript remapped = script;
            if (!squashOf.isEmpty() || script.parents().size() > 1) {
                List<String> parents = script.parents().stream()
                        .map(p -> squashOf.containsKey(p) && squashOf.get(p) != own ? squashOf.get(p).revision() : p)
                        .distinct().toList();
                if (!parents.equals(script.parents())) {
                    remapped = script.withParents(parents);
                    all.put(script.revision(), remapped);
                }
            }
            if (own == null) {
                active.put(script.revision(), remapped);
            }
        }
        for (MigrationScript script : all.values()) {   // in revision order, so the error names the first
            if (!active.containsKey(script.revision())) {
                continue;
            }
            for (String parent : script.parents()) {
                if (!active.containsKey(parent)) {
                    throw new AutogenException(script.origin() + ": parent revision " + parent
                            + " does not exist; restore the missing migration or fix parents in @Revision");
                }
            }
        }
        return new RevisionGraph(all, squashOf, topologicalOrder(active));
    }

    /** Each replaced revision and the squash that replaces it; one squash per revision, no nesting. */
    private static Map<String, MigrationScript> squashes(Map<String, MigrationScript> all) {
        Map<String, MigrationScript> squashOf = new TreeMap<>();
        for (MigrationScript squash : all.values()) {
            for (String replaced : squash.replaces()) {
                MigrationScript previous = squashOf.put(replaced, squash);
                if (previous != null || replaced.equals(squash.revision())) {
                    throw new AutogenException("revision " + replaced + " is replaced by " + (previous == null
                            ? "itself" : "two squashes, " + previous.origin() + " and " + squash.origin())
                            + "; fix replaces in @Revision");
                }
            }
        }
        for (MigrationScript squash : all.values()) {
            if (squash.isSquash() && squashOf.containsKey(squash.revision())) {
                throw new AutogenException(squash.origin() + " is a squash, and " + squashOf.get(squash.revision())
                        .origin() + " replaces it; a squash cannot replace another squash: fix replaces in @Revision");
            }
        }
        return squashOf;
    }

    /** Parents before children; among revisions free to go, the smaller id first. */
    private static List<MigrationScript> topologicalOrder(Map<String, MigrationScript> byRevision) {
        // hash maps: the order comes from the queue of ready revisions, not from these
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (MigrationScript s : byRevision.values()) {
            pending.put(s.revision(), s.parents().size());
            for (String p : s.parents()) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(s.revision());
            }
        }
        java.util.PriorityQueue<String> ready = new java.util.PriorityQueue<>();
        pending.forEach((rev, count) -> {
            if (count == 0) {
                ready.add(rev);
            }
        });
        List<MigrationScript> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String rev = ready.poll();
            out.add(byRevision.get(rev));
            for (String child : children.getOrDefault(rev, List.of())) {
                if (pending.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (out.size() != byRevision.size()) {
            throw new AutogenException("the migrations' parents form a cycle; check @Revision parents of "
                    + pending.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList());
        }
        return List.copyOf(out);
    }

    public boolean isEmpty() {
        return byRevision.isEmpty();
    }

    /** All migrations, parents before children. */
    public List<MigrationScript> ordered() {
        return ordered;
    }

    public MigrationScript get(String revision) {
        MigrationScript script = byRevision.get(revision);
        if (script == null && squashOf.containsKey(revision)) {
            throw new AutogenException("revision " + revision + " was squashed into "
                    + squashOf.get(revision).revision() + " and its migration deleted; restore it from version "
                    + "control to use it");
        }
        if (script == null) {
            throw new AutogenException("revision " + revision + " is not declared by any migration; "
                    + "restore the missing migration, or see `autogen history` for those there are");
        }
        return script;
    }

    public boolean contains(String revision) {
        return byRevision.containsKey(revision);
    }

    /** Revisions that no other revision follows, sorted (a squash, not the revisions it replaces). */
    public List<String> heads() {
        Set<String> parents = new LinkedHashSet<>();
        ordered.forEach(s -> parents.addAll(s.parents()));
        return ordered.stream().map(MigrationScript::revision).filter(r -> !parents.contains(r)).sorted().toList();
    }

    /** The squash that replaces {@code revision}, whether or not the replaced migration's file still exists. */
    public java.util.Optional<MigrationScript> squashReplacing(String revision) {
        return java.util.Optional.ofNullable(squashOf.get(revision)).map(s -> byRevision.get(s.revision()));
    }

    /** The single head; several heads are an error until they are merged. */
    public String head() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new AutogenException("there are " + heads.size() + " heads (" + String.join(", ", heads)
                    + "); join them with `autogen merge -m MSG`, or use `upgrade heads` or a revision");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** The first migrations: those with no parents, in {@link #ordered()} order. */
    public List<String> roots() {
        return ordered.stream().filter(s -> s.parents().isEmpty()).map(MigrationScript::revision).toList();
    }

    /** The revisions that follow {@code revision} directly, in {@link #ordered()} order. */
    public List<String> childrenOf(String revision) {
        return List.copyOf(children.getOrDefault(revision, List.of()));
    }

    /** The given revisions and every revision that follows them. */
    public Set<String> descendantsOf(Collection<String> revisions) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(revisions);
        while (!todo.isEmpty()) {
            String rev = todo.pop();
            if (seen.add(rev)) {
                todo.addAll(children.getOrDefault(rev, List.of()));
            }
        }
        return seen;
    }

    /** A revision and everything it descends from. */
    public Set<String> ancestorsOf(String revision) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(revision));
        while (!todo.isEmpty()) {
            String rev = todo.pop();
            if (seen.add(rev)) {
                todo.addAll(get(rev).parents());
            }
        }
        return seen;
    }

    /** Finds the one revision a full id or unique prefix names. */
    public String resolveId(String idOrPrefix) {
        if (byRevision.containsKey(idOrPrefix)) {
            return idOrPrefix;
        }
        List<String> matches = byRevision.keySet().stream().filter(r -> r.startsWith(idOrPrefix)).toList();
        if (matches.isEmpty()) {
            throw new AutogenException("no revision matches '" + idOrPrefix + "'; see `autogen history`");
        }
        if (matches.size() > 1) {
            throw new AutogenException("'" + idOrPrefix + "' matches several revisions (" + String.join(", ", matches)
                    + "); give more characters");
        }
        return matches.get(0);
    }
}
