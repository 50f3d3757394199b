package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.Recording;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen show REV}: a migration's header, operations and their SQL. Needs no database. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a migration (head, or an id or prefix): message, parents, its operations and their SQL.",
        footer = {"", "Examples:", "  autogen show head", "  autogen show 3f2a"})
final class ShowCommand extends Verb {

    @Parameters(index = "0", defaultValue = "head", paramLabel = "REV")
    String target;

    @Override
    int run(Context context) throws Exception {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            String revision = target.equals("head") ? graph.head() : graph.resolveId(target);
            if (revision == null) {
                throw new AutogenException("there are no migrations yet; create one with `autogen -m MSG`");
            }
            MigrationScript script = graph.get(revision);
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
            Recording recording = Recording.of(script, RunListener.Direction.UPGRADE);
            context.out().println();
            context.out().println("Upgrade:");
            for (Operation op : recording.operations()) {
                context.out().println("  " + OperationSummary.of(op));
                project.dialect().render(op).forEach(sql -> context.out().println("    " + sql + ";"));
            }
            if (recording.stoppedAtJdbc()) {
                context.out().println("  (it also runs JDBC code through op.connection(), not shown)");
            }
        }
        return 0;
    }
}
