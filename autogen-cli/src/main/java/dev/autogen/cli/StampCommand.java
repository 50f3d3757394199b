package dev.autogen.cli;

import dev.autogen.runtime.Runner;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen stamp REV}: records the database as being at a revision, running nothing. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record the database as being at REV (head, heads, base, an id or prefix) without running "
                + "any migration, e.g. after creating the schema by other means.",
        footer = {"", "Examples:", "  autogen stamp head", "  autogen stamp base", "  autogen stamp 3f2a --purge"})
final class StampCommand extends Verb {

    @Parameters(index = "0", paramLabel = "REV")
    String target;

    @Option(names = "--purge", description = "First drop version-table rows of revisions no migration declares.")
    boolean purge;

    @picocli.CommandLine.Mixin
    LockOptions lock;

    @Override
    int run(Context context) {
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            Runner.StampResult result = lock.apply(project.runner(session, new ProgressPrinter(context.out())))
                    .stamp(target, purge);
            result.removed().forEach(r -> context.out().println("Unstamped " + r));
            result.added().forEach(r -> context.out().println("Stamped " + r));
            if (result.added().isEmpty() && result.removed().isEmpty()) {
                context.out().println("Already stamped at " + target);
            }
        }
        return 0;
    }
}
