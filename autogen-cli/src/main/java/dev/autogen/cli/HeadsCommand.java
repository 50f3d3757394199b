package dev.autogen.cli;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen heads}: the revisions no other revision follows. Needs no database. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Show the head revisions (more than one means branches to merge).",
        footer = {"", "Examples:", "  autogen heads", "  autogen heads --json"})
final class HeadsCommand extends Verb {

    @Option(names = "--json", description = "Print one JSON document: heads (revision, message, created).")
    boolean json;

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            if (json) {
                Json.print(context, new JsonDocuments.Heads(graph.heads().stream().map(graph::get)
                        .map(s -> new JsonDocuments.Head(s.revision(), s.message(), s.created())).toList()));
                return 0;
            }
            for (String head : graph.heads()) {
                MigrationScript script = graph.get(head);
                context.out().println(head + " " + context.style().marker("(head)") + ", " + script.message());
            }
            if (graph.heads().size() > 1) {
                context.out().println("Several heads: join them with `autogen merge -m MSG`");
            }
        }
        return 0;
    }
}
