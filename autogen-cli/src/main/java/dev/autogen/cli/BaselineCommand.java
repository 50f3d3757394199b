package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.RunListener;
import dev.autogen.schema.Schema;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.NewMigration;
import dev.autogen.workflow.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autogen baseline}: adopts a database made by hand (seed 001) — writes an initial migration
 * and records it as applied there without running it.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Adopt an existing database: write an initial migration from the entities (or, with "
                + "--from-database, from what the database holds) and stamp it as applied without running it.",
                "For a project with no migrations yet."},
        footer = {"", "Examples:", "  autogen baseline --url postgresql://app@db:5432/app",
                "  autogen baseline --from-database -m \"schema.sql as of today\""})
final class BaselineCommand extends Verb {

    @Option(names = {"-m", "--message"}, defaultValue = "baseline", paramLabel = "MSG",
            description = "The migration's message (default: ${DEFAULT-VALUE}).")
    String message;

    @Option(names = "--from-database", description = "Take the schema from the database instead of the entities.")
    boolean fromDatabase;

    @Override
    int run(Context context) {
        Path file;
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            if (!project.migrations().isEmpty()) {
                throw new AutogenException("this project already has migrations; baseline adopts a database for a "
                        + "project with none (use `autogen stamp REV` to mark a database as being at a revision)");
            }
            Schema database = project.canonicalize(session, project.introspect(session,
                    java.util.Set.copyOf(project.config().schemas())));
            Schema baseline = database;
            if (!fromDatabase) {
                try (EntityModel model = project.loadEntities()) {
                    baseline = project.canonicalize(session, model.schema());
                }
                List<Operation> drift = SchemaDiff.compare(database, baseline);
                if (!drift.isEmpty()) {
                    context.out().println("The database differs from the entities; the baseline follows the "
                            + "entities, and the next `autogen -m` against this database will show:");
                    drift.forEach(op -> context.out().println("  - " + OperationSummary.of(op)));
                }
            }
            List<Operation> create = SchemaDiff.compare(Schema.empty(), project.config().tableFilter().apply(baseline));
            NewMigration migration = new NewMigration(NewMigration.newRevisionId(), List.of(), Instant.now(), message);
            file = new Autogenerate(project).write(
                    new Autogenerate.Comparison(null, Schema.empty(), baseline, create, List.of()), migration, false);
            context.out().println("Generating " + context.show(file) + " ... done");
        }
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            project.runner(session, RunListener.SILENT).stamp("head", false);
            context.out().println("Stamped " + project.migrations().head() + " as applied to " + session.description());
        }
        return 0;
    }
}
