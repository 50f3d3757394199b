package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.MigrationReview;
import dev.autogen.workflow.Project;
import dev.autogen.workflow.ReviewMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen show REV}: a migration's header, and both directions' operations with their SQL. Needs no database. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a migration (head, or an id or prefix): message, parents, what upgrade and downgrade do "
                + "and their SQL.",
        footer = {"", "Examples:", "  autogen show head", "  autogen show 3f2a", "  autogen show head --format markdown"})
final class ShowCommand extends Verb {

    @Parameters(index = "0", defaultValue = "head", paramLabel = "REV")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default) or markdown (a "
            + "pull-request comment body: plain words first, SQL folded).")
    ReviewOptions.Format format;

    @Override
    int run(Context context) throws Exception {
        if (format == ReviewOptions.Format.json) {
            throw new AutogenException("show prints text or markdown; --format json is for check, current, history "
                    + "and heads");
        }
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            String revision = target.equals("head") ? graph.head() : graph.resolveId(target);
            if (revision == null) {
                throw new AutogenException("there are no migrations yet; create one with `autogen -m MSG`");
            }
            MigrationScript script = graph.get(revision);
            MigrationReview review = MigrationReview.of(script, project.dialect());
            if (format == ReviewOptions.Format.markdown) {
                context.out().print(ReviewMarkdown.show(review));
                return 0;
            }
            context.out().println("Revision: " + script.revision() + (graph.heads().contains(revision) ? " (head)" : ""));
            context.out().println("Parents:  " + (script.parents().isEmpty() ? "<base>" : String.join(", ", script.parents())));
            if (script.isSquash()) {
                context.out().println("Replaces: " + String.join(", ", script.replaces()));
            }
            graph.squashReplacing(revision).ifPresent(s -> context.out().println("Squashed into " + s.revision()));
            context.out().println("Message:  " + script.message());
            context.out().println("Created:  " + script.created());
            context.out().println("File:     " + script.origin());
            context.out().println("Runs in a transaction: " + (script.transactional() ? "yes" : "no"));
            print(context, "Upgrade:", review.upgrade());
            print(context, "Downgrade:", review.downgrade());
        }
        return 0;
    }

    private static void print(Context context, String title, MigrationReview.Body body) {
        context.out().println();
        context.out().println(title);
        if (body.changes().isEmpty() && !body.stoppedAtJdbc()) {
            context.out().println("  nothing");
        }
        for (MigrationReview.Change change : body.changes()) {
            context.out().println("  " + change.summary());
            change.sql().forEach(sql -> context.out().println("    " + sql + ";"));
        }
        if (body.stoppedAtJdbc()) {
            context.out().println("  (it also runs JDBC code through op.connection(), not shown)");
        }
    }

    /** The few lines {@code check --since} prints for a migration the change adds: its id, message, upgrade. */
    static void printSummary(Context context, MigrationReview review) {
        context.out().println("  " + review.revision() + "  " + review.message());
        review.upgrade().changes().forEach(change -> context.out().println("    - " + change.summary()));
        if (review.upgrade().stoppedAtJdbc()) {
            context.out().println("    - then JDBC code through op.connection(), not shown");
        }
    }
}
