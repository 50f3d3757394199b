package dev.autogen.maven;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.workflow.Project;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:history}: the migrations, newest first ({@code parent -> revision, message}); needs no database. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HistoryMojo extends AutogenMojo {

    @Override
    void run() throws MojoExecutionException {
        try (Project autogen = autogenProject()) {
            RevisionGraph graph = autogen.migrations();
            List<MigrationScript> ordered = graph.ordered();
            if (ordered.isEmpty()) {
                getLog().info("No migrations in " + autogen.config().migrationsDirectory());
            }
            for (int i = ordered.size() - 1; i >= 0; i--) {
                MigrationScript s = ordered.get(i);
                String parents = s.parents().isEmpty() ? "<base>" : String.join(", ", s.parents());
                String mark = graph.heads().contains(s.revision()) ? " (head)" : "";
                getLog().info(parents + " -> " + s.revision() + mark + ", " + s.message());
            }
        }
    }
}
