package dev.autogen.cli;

import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.Project;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code autogen check}: exit 0 when entities and migrations agree, 1 with the differences when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Exit 0 when the entities and the schema the migrations produce agree; 1, listing what a new "
                + "migration would do, when they do not; 2 on errors.",
                "With no database configured, replays the migrations into a throwaway embedded PostgreSQL."},
        footer = {"", "Example (CI):", "  autogen check"})
final class CheckCommand extends Verb {

    @picocli.CommandLine.Option(names = "--explain", description = "For each difference, print what the entities "
            + "say, what the database has, and the rule that made them differ.")
    boolean explain;

    @picocli.CommandLine.Option(names = "--json", description = "Print the result as one JSON document "
            + "(in_sync, head, operations with kind, table, summary and sql); the exit code is the same.")
    boolean json;

    @Override
    int run(Context context) {
        try (Project project = context.project(); Autogenerate autogenerate = new Autogenerate(project).explaining(explain)) {
            Autogenerate.Comparison comparison = autogenerate.compare();
            AutogenerateRun.noteReplay(context, autogenerate);
            if (json) {
                Json.print(context, report(project, comparison));
                return comparison.inSync() ? 0 : 1;
            }
            if (comparison.inSync()) {
                context.out().println("No changes detected: entities and migrations agree");
                return 0;
            }
            context.out().println("Entities and migrations differ; `autogen -m MSG` would generate:");
            Detected.print(context, comparison.operations(), comparison.provenance(), comparison.nameChoices(), "  - ",
                    explain);
            return 1;
        }
    }

    private static JsonDocuments.Check report(Project project, Autogenerate.Comparison comparison) {
        List<JsonDocuments.CheckOperation> operations = comparison.operations().stream()
                .map(op -> new JsonDocuments.CheckOperation(kind(op), op.table() == null ? null : op.table().toString(),
                        OperationSummary.of(op), project.dialect().render(op)))
                .toList();
        return new JsonDocuments.Check(comparison.inSync(), comparison.head(), operations);
    }

    /** {@code AddColumn} → {@code add_column}. */
    static String kind(Operation op) {
        return op.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
