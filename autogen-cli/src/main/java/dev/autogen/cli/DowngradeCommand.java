package dev.autogen.cli;

import dev.autogen.runtime.Runner;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autogen downgrade TARGET}: reverts migrations down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert migrations down to TARGET: -N, base, or a revision id or unique prefix.",
        footer = {"", "Examples:", "  autogen downgrade -1", "  autogen downgrade base", "  autogen downgrade 3f2a"})
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    GlobalOptions local;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET")
    String target;

    @Override
    public Integer call() {
        Context context = Context.of(root, local, spec.commandLine().getOut());
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            Runner runner = project.runner(session, new ProgressPrinter(context.out()));
            var steps = runner.planner().downgrade(target);
            if (steps.isEmpty()) {
                context.out().println("Already at " + target + "; nothing to revert on " + session.description());
            }
            runner.apply(steps);
        }
        return 0;
    }
}
