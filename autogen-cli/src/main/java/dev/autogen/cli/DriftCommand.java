package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RunListener;
import dev.autogen.schema.Schema;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code autogen drift}: what a live database has that its revision does not explain — the
 * {@code ALTER TABLE} typed into psql (seed 001).
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Compare the database with the schema its current revision should have (the migrations "
                + "replayed on a throwaway PostgreSQL) and list the changes made by hand.",
                "Exit 0 when there are none, 1 when there are."},
        footer = {"", "Example:", "  autogen drift --url postgresql://app@db:5432/app"})
final class DriftCommand extends Verb {

    @picocli.CommandLine.Option(names = "--explain", description = "Explain each difference.")
    boolean explain;

    @Override
    int run(Context context) {
        try (Project project = context.project(); DatabaseSession live = project.openDatabase();
             DatabaseSession replay = project.throwawayDatabase()) {
            List<String> current = project.runner(live, RunListener.SILENT).planner().current();
            project.runner(replay, RunListener.SILENT).run(planner -> planner.upgrade(
                    current.isEmpty() ? "base" : current.size() == 1 ? current.get(0) : "heads"));
            if (current.size() > 1 && !project.migrations().heads().containsAll(current)) {
                throw new AutogenException("the database is at several revisions that are not heads ("
                        + String.join(", ", current) + "); drift can compare it only at one revision or at the heads");
            }
            Schema expected = project.config().tableFilter().apply(project.canonicalize(replay,
                    project.introspectAll(replay)));
            Schema actual = project.config().tableFilter().apply(project.canonicalize(live,
                    project.introspect(live, new java.util.TreeSet<>(expected.namespaces()))));
            List<Operation> manual = SchemaDiff.compare(expected, actual);
            String at = current.isEmpty() ? "base" : String.join(", ", current);
            if (manual.isEmpty()) {
                context.out().println("No drift: " + live.description() + " is exactly what revision " + at
                        + " makes");
                return 0;
            }
            context.out().println("Drift: " + live.description() + " differs from what revision " + at
                    + " makes; changed by hand:");
            Detected.print(context, manual, "  - ", explain);
            context.out().println("Undo them, or make them part of the entities and run `autogen -m`.");
            return 1;
        }
    }
}
