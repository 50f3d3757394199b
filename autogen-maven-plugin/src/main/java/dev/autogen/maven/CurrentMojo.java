package dev.autogen.maven;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:current}: the revision the database is at ({@code base} when none is applied). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CurrentMojo extends AutogenMojo {

    @Override
    void run() throws MojoExecutionException {
        try (Project autogen = autogenProject(); DatabaseSession session = autogen.openDatabase()) {
            RevisionGraph graph = autogen.migrations();
            List<String> current = autogen.runner(session, RunListener.SILENT).planner().current();
            if (current.isEmpty()) {
                getLog().info("base");
            }
            for (String revision : current) {
                String mark = graph.heads().contains(revision) ? " (head)" : "";
                getLog().info(revision + mark + ", " + graph.get(revision).message());
            }
        }
    }
}
