package dev.autogen.cli;

import dev.autogen.runtime.AppliedRevision;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionRange;
import dev.autogen.runtime.RunListener;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen history}: the migrations, newest first. Needs no database unless asked about it. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List the migrations, newest first: parent -> revision, message.",
                "Reads the database only with --indicate-current or `current` in the range."},
        footer = {"", "Examples:", "  autogen history", "  autogen history -r 3f2a:head",
                "  autogen history -r current: --indicate-current", "  autogen history --json"})
final class HistoryCommand extends Verb {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B",
            description = "Only the revisions from A to B inclusive along the graph; A: and :B leave an end open. "
                    + "Ends: base, head, heads, current, a revision id or unique prefix.")
    String range;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database stands at.")
    boolean indicateCurrent;

    @Option(names = "--json", description = "Print one JSON document: revisions (revision, parents, message, created, "
            + "head, applied, current), newest first.")
    boolean json;

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            boolean readDatabase = indicateCurrent || (range != null && RevisionRange.needsDatabase(range));
            if (!readDatabase) {
                print(context, graph, null);
                return 0;
            }
            try (DatabaseSession session = project.openDatabase()) {
                print(context, graph, project.runner(session, RunListener.SILENT).applied().stream()
                        .map(AppliedRevision::revision).toList());
            }
        }
        return 0;
    }

    /** Prints the history; {@code applied}: the database's applied revisions, null when it was not read. */
    private void print(Context context, RevisionGraph graph, List<String> applied) {
        boolean databaseRead = applied != null;
        Planner planner = new Planner(graph, databaseRead ? applied : List.of());
        List<MigrationScript> revisions = new ArrayList<>(range == null ? graph.ordered()
                : RevisionRange.of(graph, planner, range));
        Collections.reverse(revisions);
        List<String> heads = graph.heads();
        List<String> current = databaseRead ? planner.current() : List.of();
        if (json) {
            List<JsonDocuments.HistoryRevision> entries = revisions.stream()
                    .map(s -> new JsonDocuments.HistoryRevision(s.revision(), s.parents(), s.message(), s.created(),
                            heads.contains(s.revision()), databaseRead ? applied.contains(s.revision()) : null,
                            databaseRead ? current.contains(s.revision()) : null))
                    .toList();
            Json.print(context, new JsonDocuments.History(entries));
            return;
        }
        for (MigrationScript s : revisions) {
            String parents = s.parents().isEmpty() ? "<base>" : String.join(", ", s.parents());
            String mark = (heads.contains(s.revision()) ? " " + context.style().marker("(head)") : "")
                    + (indicateCurrent && current.contains(s.revision()) ? " " + context.style().marker("(current)")
                    : "");
            context.out().println(parents + " -> " + s.revision() + mark + ", " + s.message());
        }
    }
}
