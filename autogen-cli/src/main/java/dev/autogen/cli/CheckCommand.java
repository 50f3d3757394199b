package dev.autogen.cli;

import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.MigrationReview;
import dev.autogen.workflow.ReviewMarkdown;
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

    @picocli.CommandLine.Mixin
    ReviewOptions output = new ReviewOptions();

    @picocli.CommandLine.Mixin
    ReviewOptions.Added added = new ReviewOptions.Added();

    @Override
    int run(Context context) {
        try (Project project = context.project();
             Autogenerate autogenerate = new Autogenerate(project).explaining(explain)) {
            ReviewOptions.Format format = output.format();
            List<MigrationReview> reviews = added.reviews(project);
            Autogenerate.Comparison comparison = autogenerate.compare();
            AutogenerateRun.noteReplay(context, autogenerate);
            int code = comparison.inSync() ? 0 : 1;
            if (format == ReviewOptions.Format.json) {
                Json.print(context, report(project, comparison, reviews));
                return code;
            }
            if (format == ReviewOptions.Format.markdown) {
                context.out().print(ReviewMarkdown.check(comparison.head(), comparison.operations().stream()
                        .map(op -> MigrationReview.Change.of(op, project.dialect())).toList(), reviews, added.from()));
                return code;
            }
            if (comparison.inSync()) {
                context.out().println("No changes detected: entities and migrations agree");
            } else {
                context.out().println("Entities and migrations differ; `autogen -m MSG` would generate:");
                Detected.print(context, comparison.operations(), comparison.provenance(), comparison.nameChoices(),
                        "  - ", explain);
            }
            if (reviews != null) {
                context.out().println();
                context.out().println("Migrations added since " + added.from() + ": "
                        + (reviews.isEmpty() ? "none" : reviews.size()));
                reviews.forEach(review -> ShowCommand.printSummary(context, review));
            }
            return code;
        }
    }

    private static JsonDocuments.Check report(Project project, Autogenerate.Comparison comparison,
                                              List<MigrationReview> reviews) {
        List<JsonDocuments.CheckOperation> operations = comparison.operations().stream()
                .map(op -> new JsonDocuments.CheckOperation(kind(op), op.table() == null ? null : op.table().toString(),
                        OperationSummary.of(op), project.dialect().render(op)))
                .toList();
        return new JsonDocuments.Check(comparison.inSync(), comparison.head(), operations,
                reviews == null ? null : reviews.stream().map(JsonDocuments.Added::of).toList());
    }

    /** {@code AddColumn} → {@code add_column}. */
    static String kind(Operation op) {
        return op.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
