package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The migrations as a graph of revisions: each names its parents. Checked when built (no
 * duplicate ids, no missing parents, no cycles), so every question asked of it has an answer.
 */
public final class RevisionGraph {

    private final Map<String, MigrationScript> byRevision;
    private final List<MigrationScript> ordered;

    private RevisionGraph(Map<String, MigrationScript> byRevision, List<MigrationScript> ordered) {
        this.byRevision = byRevision;
        this.ordered = ordered;
    }

    public static RevisionGraph of(Collection<MigrationScript> scripts) {
        Map<String, MigrationScript> byRevision = new TreeMap<>();
        for (MigrationScript script : scripts) {
            MigrationScript previous = byRevision.put(script.revision(), script);
            if (previous != null) {
                throw new AutogenException("revision " + script.revision() + " is declared twice: by "
                        + previous.origin() + " and " + script.origin() + "; give one of them a new id");
            }
        }
        for (MigrationScript script : byRevision.values()) {
            for (String parent : script.parents()) {
                if (!byRevision.containsKey(parent)) {
                    throw new AutogenException(script.origin() + ": parent revision " + parent
                            + " does not exist; restore the missing migration or fix parents in @Revision");
                }
            }
        }
        return new RevisionGraph(byRevision, topologicalOrder(byRevision));
    }

    /** Parents before children; among revisions free to go, the smaller id first. */
    private static List<MigrationScript> topologicalOrder(Map<String, MigrationScript> byRevision) {
        Map<String, Integer> pending = new TreeMap<>();
        Map<String, List<String>> children = new TreeMap<>();
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
                    + pending.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
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
        if (script == null) {
            throw new AutogenException("revision " + revision + " is not declared by any migration; "
                    + "restore the missing migration or run `autogen stamp`");
        }
        return script;
    }

    public boolean contains(String revision) {
        return byRevision.containsKey(revision);
    }

    /** Revisions that no other revision follows, sorted. */
    public List<String> heads() {
        Set<String> parents = new LinkedHashSet<>();
        byRevision.values().forEach(s -> parents.addAll(s.parents()));
        return byRevision.keySet().stream().filter(r -> !parents.contains(r)).toList();
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
