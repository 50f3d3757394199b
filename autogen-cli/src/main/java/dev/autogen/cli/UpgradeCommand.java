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

/** {@code autogen upgrade [TARGET]}: applies migrations up to a target. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations up to TARGET: head (default), +N, or a revision id or unique prefix.",
        footer = {"", "Examples:", "  autogen upgrade head", "  autogen upgrade +1", "  autogen upgrade 3f2a"})
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    GlobalOptions local;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Override
    public Integer call() {
        Context context = Context.of(root, local, spec.commandLine().getOut());
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            Runner runner = project.runner(session, new ProgressPrinter(context.out()));
            var steps = runner.planner().upgrade(target);
            if (steps.isEmpty()) {
                context.out().println("Already at " + target + "; nothing to apply to " + session.description());
            }
            runner.apply(steps);
        }
        return 0;
    }
}
