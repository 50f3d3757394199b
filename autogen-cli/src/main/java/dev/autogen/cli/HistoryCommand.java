package dev.autogen.cli;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen history}: the migrations, newest first. Needs no database. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the migrations, newest first: parent -> revision, message.",
        footer = {"", "Example:", "  autogen history"})
final class HistoryCommand extends Verb {

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            List<String> heads = graph.heads();
            List<MigrationScript> ordered = graph.ordered();
            for (int i = ordered.size() - 1; i >= 0; i--) {
                MigrationScript s = ordered.get(i);
                String parents = s.parents().isEmpty() ? "<base>" : String.join(", ", s.parents());
                String mark = heads.contains(s.revision()) ? " (head)" : "";
                context.out().println(parents + " -> " + s.revision() + mark + ", " + s.message());
            }
        }
        return 0;
    }
}
