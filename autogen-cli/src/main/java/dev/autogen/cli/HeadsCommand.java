package dev.autogen.cli;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autogen heads}: the revisions no other revision follows. Needs no database. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Show the head revisions (more than one means branches to merge).",
        footer = {"", "Example:", "  autogen heads"})
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    GlobalOptions local;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Context context = Context.of(root, local, spec.commandLine().getOut());
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            for (String head : graph.heads()) {
                context.out().println(head + " (head), " + graph.get(head).message());
            }
        }
        return 0;
    }
}
