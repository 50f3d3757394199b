package dev.autogen.runtime;

import java.util.List;

/**
 * Where a database stands against the migrations, read without changing anything: what is applied
 * (the version table's rows), where it stands, what an upgrade to the target would run, the heads,
 * and the applied migrations edited since.
 *
 * <pre>{@code
 * MigrationStatus status = autogen.status("head");
 * if (!status.upToDate()) { ... status.pending() ... }
 * }</pre>
 */
public record MigrationStatus(List<AppliedRevision> applied, List<String> current, List<String> pending,
                              List<String> heads, List<Checksums.Mismatch> edited) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        current = List.copyOf(current);
        pending = List.copyOf(pending);
        heads = List.copyOf(heads);
        edited = List.copyOf(edited);
    }

    /** The status of a database that has applied {@code applied}, against an upgrade to {@code target}. */
    public static MigrationStatus of(RevisionGraph graph, List<AppliedRevision> applied, String target) {
        Planner planner = new Planner(graph, applied.stream().map(AppliedRevision::revision).toList());
        List<String> pending = graph.isEmpty() ? List.of()
                : planner.upgrade(target).stream().map(step -> step.script().revision()).toList();
        return new MigrationStatus(applied, planner.current(), pending, graph.heads(),
                Checksums.mismatches(graph, applied));
    }

    /** Nothing pending and no applied migration edited. */
    public boolean upToDate() {
        return pending.isEmpty() && edited.isEmpty();
    }
}
