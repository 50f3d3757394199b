package dev.autogen.cli;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import picocli.CommandLine.Command;

/** {@code autogen heads}: the revisions no other revision follows. Needs no database. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Show the head revisions (more than one means branches to merge).",
        footer = {"", "Example:", "  autogen heads"})
final class HeadsCommand extends Verb {

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            for (String head : graph.heads()) {
                context.out().println(head + " (head), " + graph.get(head).message());
            }
            if (graph.heads().size() > 1) {
                context.out().println("Several heads: join them with `autogen merge -m MSG`");
            }
        }
        return 0;
    }
}
