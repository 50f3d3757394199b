package dev.autogen.cli;

import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.Project;
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

    @Override
    int run(Context context) {
        try (Project project = context.project(); Autogenerate autogenerate = new Autogenerate(project)) {
            Autogenerate.Comparison comparison = autogenerate.compare();
            if (comparison.inSync()) {
                context.out().println("No changes detected: entities and migrations agree");
                return 0;
            }
            context.out().println("Entities and migrations differ; `autogen -m MSG` would generate:");
            Detected.print(context, comparison.operations(), comparison.provenance(), "  - ", explain);
            return 1;
        }
    }
}
