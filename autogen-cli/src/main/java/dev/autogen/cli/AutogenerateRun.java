package dev.autogen.cli;

import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameTable;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.NewMigration;
import dev.autogen.workflow.OnlineMigrations;
import dev.autogen.workflow.Project;
import java.io.Console;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code autogen -m MSG}: compare, settle likely renames (asked on a terminal, else reported with
 * the flag that confirms them), prove, write.
 */
final class AutogenerateRun {

    private AutogenerateRun() {
    }

    static int run(Context context, String message, AutogenerateOptions options) {
        try (Project project = context.project(); Autogenerate autogenerate = new Autogenerate(project)
                .explaining(options.explain)) {
            if (!options.noVerify) {
                autogenerate.proving(); // the proof's server starts while the entities load
            }
            List<Operation> renames = new ArrayList<>(options.renames());
            Autogenerate.Comparison comparison = autogenerate.compare(renames);
            Console console = System.console();
            if (console != null && !comparison.suggestedRenames().isEmpty()) {
                int before = renames.size();
                for (Operation suggestion : comparison.suggestedRenames()) {
                    String answer = console.readLine("Did you %s? [y/N] ", question(suggestion));
                    if (answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                        renames.add(suggestion);
                    }
                }
                if (renames.size() > before) {
                    comparison = autogenerate.compare(renames);
                }
            }
            if (comparison.inSync()) {
                context.out().println("No changes detected");
                noteReplay(context, autogenerate);
                return 0;
            }
            Detected.print(context, comparison.operations(), comparison.provenance(), comparison.nameChoices(),
                    "Detected ", options.explain);
            for (Operation suggestion : comparison.suggestedRenames()) {
                context.out().println("Possible rename, generated as drop and add: " + question(suggestion)
                        + " (confirm with " + flag(suggestion) + ")");
            }
            List<String> parents = comparison.head() == null ? List.of() : List.of(comparison.head());
            NewMigration migration = new NewMigration(NewMigration.newRevisionId(), parents, Instant.now(), message);
            boolean verify = !options.noVerify;
            if (verify) {
                context.out().println("Proving it on a throwaway PostgreSQL: upgrade, diff again, downgrade ...");
            }
            List<Path> files = autogenerate.write(comparison, migration, verify,
                    OnlineMigrations.Policy.of(project.config(), options.safety == null ? null : options.safety.name(),
                            options.concurrently));
            autogenerate.provenOn().ifPresent(start -> context.out().println("Proven on " + start));
            for (Path file : files) {
                context.out().println("Generating " + context.show(file) + " ... done");
            }
            noteReplay(context, autogenerate);
            return 0;
        }
    }

    /**
     * With {@code --verbose}: where the migrations replayed to head started, e.g. {@code note: the
     * migrations at head: a kept replay of the same 57 migrations (.autogen/replay)}.
     */
    static void noteReplay(Context context, Autogenerate autogenerate) {
        if (context.options().verbose) {
            autogenerate.replayedFrom().ifPresent(from -> context.err().println("note: the migrations at head: " + from
                    + " (.autogen/replay)"));
        }
    }

    private static String question(Operation rename) {
        if (rename instanceof RenameColumn r) {
            return "rename " + r.table() + "." + r.from() + " to " + r.table() + "." + r.to();
        }
        RenameTable r = (RenameTable) rename;
        return "rename table " + r.from() + " to " + r.renamed();
    }

    private static String flag(Operation rename) {
        if (rename instanceof RenameColumn r) {
            return "--rename " + r.table() + "." + r.from() + "=" + r.to();
        }
        RenameTable r = (RenameTable) rename;
        return "--rename-table " + r.from() + "=" + r.to();
    }
}
