package dev.autogen.cli;

import dev.autogen.runtime.Planner;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.Step;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade [TARGET]}: applies migrations up to a target. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations up to TARGET: head (default), +N, a revision id or unique prefix, or REV+N "
                + "(N steps after REV).",
        footer = {"", "Examples:", "  autogen upgrade head", "  autogen upgrade +1", "  autogen upgrade 3f2a", "  autogen upgrade 3f2a+1",
                "  autogen upgrade 3f2a:head --sql > change.sql"})
final class UpgradeCommand extends Verb {

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it, from base or from FROM given as "
            + "FROM:TARGET; needs no database.")
    boolean sql;

    @Mixin
    LockOptions lock;

    @Override
    int run(Context context) {
        if (sql) {
            return offline(context, target, "base", (planner, to) -> planner.upgrade(to));
        }
        return migrate(context, lock, "apply to", planner -> planner.upgrade(target));
    }

    /** Prints the SQL of the steps from FROM (in {@code FROM:TO}, else {@code defaultFrom}) to TO. */
    static int offline(Context context, String range, String defaultFrom,
                       java.util.function.BiFunction<Planner, String, List<Step>> plan) {
        int colon = range.indexOf(':');
        if (colon < 0 && defaultFrom == null) {
            throw new dev.autogen.AutogenException("--sql needs where the database starts: write FROM:TO, e.g. "
                    + "head:base or 3f2a:-1");
        }
        String from = colon < 0 ? defaultFrom : range.substring(0, colon);
        String to = colon < 0 ? range : range.substring(colon + 1);
        if (from.isBlank() || to.isBlank()) {
            throw new dev.autogen.AutogenException("--sql range '" + range + "' lacks its " + (from.isBlank() ? "FROM"
                    : "TO") + "; write FROM:TO with both ends, e.g. base:head or head:-1");
        }
        try (Project project = context.project()) {
            context.out().print(dev.autogen.runtime.OfflineSql.of(project.migrations(), project.dialect(),
                    project.versionTable(), from, planner -> plan.apply(planner, to)));
        }
        return 0;
    }

    /** Plans with {@code plan} against the project's database and runs the steps, printing progress. */
    static int migrate(Context context, LockOptions lock, String verb, Function<Planner, List<Step>> plan) {
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            Runner runner = lock.apply(project.runner(session, new ProgressPrinter(context.out())));
            List<Step> steps = runner.run(plan);
            if (steps.isEmpty()) {
                context.out().println("Nothing to " + verb + " " + session.description());
            }
        }
        return 0;
    }
}
