package dev.autogen.cli;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen branches}: revisions that more than one migration follows. Needs no database. */
@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Show the branch points: revisions that more than one migration follows.",
        footer = {"", "Example:", "  autogen branches"})
final class BranchesCommand extends Verb {

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            for (MigrationScript s : graph.ordered()) {
                List<String> children = graph.childrenOf(s.revision());
                if (children.size() > 1) {
                    context.out().println(s.revision() + " (branch point), " + s.message() + " -> "
                            + String.join(", ", children));
                }
            }
        }
        return 0;
    }
}
