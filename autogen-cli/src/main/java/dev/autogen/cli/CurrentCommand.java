package dev.autogen.cli;

import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen current}: the revision the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision the database is at ('base' when none is applied); with --verbose, "
                + "every applied migration with when, by whom and how long it took.",
        footer = {"", "Example:", "  autogen current --url postgresql://app@localhost:5432/app"})
final class CurrentCommand extends Verb {

    @Override
    int run(Context context) {
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            RevisionGraph graph = project.migrations();
            Planner planner = project.runner(session, dev.autogen.runtime.RunListener.SILENT).planner();
            List<String> current = planner.current();
            if (current.isEmpty()) {
                context.out().println("base");
            }
            List<String> heads = graph.heads();
            for (String revision : current) {
                String mark = heads.contains(revision) ? " (head)" : "";
                context.out().println(revision + mark + ", " + graph.get(revision).message());
            }
            if (context.options().verbose) {
                context.out().println();
                context.out().println("Applied, oldest first:");
                for (var row : project.runner(session, dev.autogen.runtime.RunListener.SILENT).applied()) {
                    context.out().println("  " + row.revision() + "  " + row.appliedAt() + "  by " + row.appliedBy()
                            + "  in " + row.executionMillis() + " ms  " + row.message());
                }
            }
        }
        return 0;
    }
}
