package dev.autogen.cli;

import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autogen current}: the revision the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision the database is at ('base' when none is applied).",
        footer = {"", "Example:", "  autogen current --url postgresql://app@localhost:5432/app"})
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    GlobalOptions local;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Context context = Context.of(root, local, spec.commandLine().getOut());
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
        }
        return 0;
    }
}
