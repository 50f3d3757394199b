package dev.autogen.cli;

import dev.autogen.runtime.Planner;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.Step;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade [TARGET]}: applies migrations up to a target. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations up to TARGET: head (default), +N, or a revision id or unique prefix.",
        footer = {"", "Examples:", "  autogen upgrade head", "  autogen upgrade +1", "  autogen upgrade 3f2a"})
final class UpgradeCommand extends Verb {

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Override
    int run(Context context) {
        return migrate(context, "apply to", planner -> planner.upgrade(target));
    }

    /** Plans with {@code plan} against the project's database and runs the steps, printing progress. */
    static int migrate(Context context, String verb, Function<Planner, List<Step>> plan) {
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            Runner runner = project.runner(session, new ProgressPrinter(context.out()));
            List<Step> steps = runner.run(plan);
            if (steps.isEmpty()) {
                context.out().println("Nothing to " + verb + " " + session.description());
            }
        }
        return 0;
    }
}
