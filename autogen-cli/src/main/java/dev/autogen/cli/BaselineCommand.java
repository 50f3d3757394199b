package dev.autogen.cli;

import dev.autogen.operation.OperationSummary;
import dev.autogen.workflow.Baseline;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autogen baseline}: adopts a database made by hand, by Flyway or by Liquibase (seed 001) —
 * writes an initial migration, proven first, and records it as applied there without running it.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Adopt an existing database: write an initial migration from the entities (or, with "
                + "--from-database, from what the database holds) and stamp it as applied without running it.",
                "The migration is first proven on an empty throwaway PostgreSQL (with --from-database it must "
                        + "rebuild the database exactly); nothing is written or stamped when the proof fails.",
                "For a project with no migrations yet."},
        footer = {"", "Examples:", "  autogen baseline --url postgresql://app@db:5432/app",
                "  autogen baseline --from-database -m \"schema.sql as of today\""})
final class BaselineCommand extends Verb {

    @Option(names = {"-m", "--message"}, defaultValue = "baseline", paramLabel = "MSG",
            description = "The migration's message (default: ${DEFAULT-VALUE}).")
    String message;

    @Option(names = "--from-database", description = "Take the schema from the database instead of the entities.")
    boolean fromDatabase;

    @Option(names = "--no-verify", description = "Write and stamp the baseline without proving it first.")
    boolean noVerify;

    @Override
    int run(Context context) {
        Path file;
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            Baseline baseline = new Baseline(project);
            Baseline.Plan plan = baseline.plan(session, fromDatabase);
            if (!plan.drift().isEmpty()) {
                context.out().println("The database differs from the entities; the baseline follows the "
                        + "entities, and the next `autogen -m` against this database will show:");
                plan.drift().forEach(op -> context.out().println("  - " + OperationSummary.of(op)));
            }
            if (!noVerify) {
                context.out().println("Proving it on an empty throwaway PostgreSQL: upgrade, "
                        + (fromDatabase ? "compare with the database" : "diff again") + ", downgrade ...");
            }
            file = baseline.adopt(session, plan, Baseline.migration(message), !noVerify);
            context.out().println("Generating " + context.show(file) + " ... done");
            context.out().println("Stamped " + project.migrations().head() + " as applied to "
                    + session.description());
        }
        return 0;
    }
}
