package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.workflow.AddedMigrations;
import dev.autogen.workflow.MigrationReview;
import dev.autogen.workflow.Project;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format}, and for {@code check} which migrations a change adds: the options of a review. */
final class ReviewOptions {

    enum Format { text, json, markdown }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default), json or markdown "
            + "(a pull-request comment body: plain words first, SQL folded).")
    Format format;

    @Option(names = "--json", description = "The same as --format json.")
    boolean json;

    /** The format asked for; {@code --json} with another {@code --format} is an error. */
    Format format() {
        if (json && format != null && format != Format.json) {
            throw new AutogenException("--json and --format " + format + " ask for two formats; give one of them");
        }
        return json ? Format.json : format == null ? Format.text : format;
    }

    /** Which migrations a change adds, for {@code check}. */
    static final class Added {

        @Option(names = "--since", paramLabel = "REV", description = "Also review the migrations added after "
                + "revision REV (an id or prefix; base for all).")
        String since;

        @Option(names = "--git-base", paramLabel = "REF", description = "Also review the migrations whose files "
                + "were added since git branch or commit REF (e.g. origin/main), and those not committed yet.")
        String gitBase;

        boolean asked() {
            return since != null || gitBase != null;
        }

        /** What the added migrations are relative to, as the review names it. */
        String from() {
            return since != null ? since : gitBase;
        }

        /** The added migrations in the graph's order, as a reviewer reads them; null when not asked. */
        List<MigrationReview> reviews(Project project) {
            if (since != null && gitBase != null) {
                throw new AutogenException("--since and --git-base both say where the change starts; give one of them");
            }
            if (!asked()) {
                return null;
            }
            List<MigrationScript> scripts = since != null ? AddedMigrations.since(project.migrations(), since)
                    : AddedMigrations.sinceGitBase(project.config().baseDirectory(), project.migrations(), gitBase);
            return scripts.stream().map(script -> MigrationReview.of(script, project.dialect())).toList();
        }
    }
}
