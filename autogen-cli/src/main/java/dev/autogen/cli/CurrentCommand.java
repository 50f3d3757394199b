package dev.autogen.cli;

import dev.autogen.runtime.AppliedRevision;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen current}: the revision the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision the database is at ('base' when none is applied); with --verbose, "
                + "every applied migration with when, by whom and how long it took.",
        footer = {"", "Examples:", "  autogen current --url postgresql://app@localhost:5432/app",
                "  autogen current --json"})
final class CurrentCommand extends Verb {

    @Option(names = "--json", description = "Print one JSON document: current (revision, parents, message, head, "
            + "applied_at, applied_by, execution_ms; empty at base) and at_head.")
    boolean json;

    @Override
    int run(Context context) {
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            RevisionGraph graph = project.migrations();
            Runner runner = project.runner(session, RunListener.SILENT);
            Planner planner = runner.planner();
            List<String> current = planner.current();
            List<String> heads = graph.heads();
            if (json) {
                Map<String, AppliedRevision> rows = runner.applied().stream()
                        .collect(Collectors.toMap(AppliedRevision::revision, Function.identity()));
                List<JsonDocuments.CurrentRevision> revisions = current.stream().map(revision -> {
                    AppliedRevision row = rows.get(revision);
                    String appliedAt = row.appliedAt() == null ? null : row.appliedAt().toString();
                    return new JsonDocuments.CurrentRevision(revision, graph.get(revision).parents(),
                            graph.get(revision).message(), heads.contains(revision), appliedAt, row.appliedBy(),
                            row.executionMillis());
                }).toList();
                Json.print(context, new JsonDocuments.Current(revisions, current.equals(heads)));
                return 0;
            }
            if (current.isEmpty()) {
                context.out().println("base");
            }
            for (String revision : current) {
                String mark = heads.contains(revision) ? " " + context.style().marker("(head)") : "";
                context.out().println(revision + mark + ", " + graph.get(revision).message());
            }
            if (context.options().verbose) {
                context.out().println();
                context.out().println("Applied, oldest first:");
                for (var row : runner.applied()) {
                    context.out().println("  " + row.revision() + "  " + row.appliedAt() + "  by " + row.appliedBy()
                            + "  in " + row.executionMillis() + " ms  " + row.message());
                }
            }
        }
        return 0;
    }
}
