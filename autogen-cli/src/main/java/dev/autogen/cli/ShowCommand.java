package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.api.Op;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
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
            context.out().println("Message:  " + script.message());
            context.out().println("Created:  " + script.created());
            context.out().println("File:     " + script.origin());
            context.out().println("Runs in a transaction: " + (script.transactional() ? "yes" : "no"));
            Recorder recorder = new Recorder();
            try {
                script.instantiate().upgrade(new Op(recorder));
            } catch (ShowStopped stopped) {
                // the rest of upgrade() depends on its JDBC work
            }
            context.out().println();
            context.out().println("Upgrade:");
            for (Operation op : recorder.operations) {
                context.out().println("  " + OperationSummary.of(op));
                project.dialect().render(op).forEach(sql -> context.out().println("    " + sql + ";"));
            }
            if (recorder.usesConnection) {
                context.out().println("  (it also runs JDBC code through op.connection(), not shown)");
            }
        }
        return 0;
    }

    /** Collects what a migration's upgrade builds without running it. */
    private static final class Recorder implements Op.Sink {
        final List<Operation> operations = new ArrayList<>();
        boolean usesConnection;

        @Override
        public void accept(Operation operation) {
            operations.add(operation);
        }

        @Override
        public Connection connection() {
            usesConnection = true;
            throw new ShowStopped();
        }
    }

    /** Stops a migration at its first JDBC call: what follows may depend on it. */
    private static final class ShowStopped extends RuntimeException {
        ShowStopped() {
            super(null, null, false, false);
        }
    }
}
