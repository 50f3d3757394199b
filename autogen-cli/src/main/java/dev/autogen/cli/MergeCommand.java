package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.NewMigration;
import dev.autogen.workflow.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen merge -m MSG [REV...]}: a migration whose parents are several heads, joining branches. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join branches: write an empty migration whose parents are REVs (default: all heads).",
        footer = {"", "Examples:", "  autogen merge -m \"merge feature branches\"", "  autogen merge -m \"join\" 3f2a 9c1b"})
final class MergeCommand extends Verb {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge joins.")
    String message;

    @Parameters(arity = "0..*", paramLabel = "REV")
    List<String> revisions = new ArrayList<>();

    @Override
    int run(Context context) {
        try (Project project = context.project()) {
            RevisionGraph graph = project.migrations();
            List<String> parents = revisions.isEmpty() ? graph.heads()
                    : revisions.stream().map(graph::resolveId).distinct().toList();
            if (parents.size() < 2) {
                throw new AutogenException("nothing to merge: " + (parents.isEmpty() ? "there are no migrations"
                        : "there is one head, " + parents.get(0)) + "; merge joins two or more heads");
            }
            NewMigration merge = new NewMigration(NewMigration.newRevisionId(), parents, Instant.now(), message);
            Path file = new Autogenerate(project).writeMerge(merge);
            context.out().println("Generating " + context.show(file) + " ... done");
        }
        return 0;
    }
}
