package dev.autogen.cli;

import dev.autogen.workflow.Project;
import java.nio.file.Path;
import dev.autogen.workflow.Squash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen squash FROM:TO -m MSG}: a chain of migrations folded into one that replaces them. */
@Command(name = "squash", mixinStandardHelpOptions = true,
        description = {"Fold the migrations FROM to TO (both included; FROM may be 'base', TO 'head') into one "
                + "migration that replaces them: their combined schema changes, proven on a throwaway PostgreSQL "
                + "before it is written.",
                "Databases that ran the old chain are at the new migration; those in the middle of it finish it "
                        + "with the old files, which can be deleted once every database is past TO."},
        footer = {"", "Examples:", "  autogen squash base:head -m \"initial schema\"",
                "  autogen squash 3f2a:9c1b -m \"billing, 2026\""})
final class SquashCommand extends Verb {

    @Parameters(paramLabel = "FROM:TO", description = "The chain to fold, e.g. base:head or 3f2a:9c1b.")
    String range;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the squash holds.")
    String message;

    @Option(names = "--no-verify", description = "Write the migration without first proving it on a throwaway "
            + "database.")
    boolean noVerify;

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            Squash squash = new Squash(project);
            Squash.Chain chain = squash.chain(range);
            context.out().println("Squashing " + chain.scripts().size() + " migrations, " + chain.first().revision()
                    + " to " + chain.last().revision() + ", replaying them on a throwaway PostgreSQL ...");
            Squash.Folded folded = squash.fold(chain);
            Detected.print(context, folded.operations(), "Folded into ", false);
            if (!noVerify) {
                context.out().println("Proving it on a throwaway PostgreSQL: upgrade from " + chain.start()
                        + ", compare with " + chain.last().revision() + ", downgrade ...");
            }
            Path file = squash.write(folded, message, !noVerify);
            context.out().println("Generating " + context.show(file) + " ... done");
            context.out().println("Keep the " + chain.scripts().size() + " old migrations until every database is "
                    + "past " + chain.last().revision() + " (databases in the middle of the chain upgrade through "
                    + "them); then delete them.");
        }
        return 0;
    }
}
