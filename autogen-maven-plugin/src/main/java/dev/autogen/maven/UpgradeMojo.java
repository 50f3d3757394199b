package dev.autogen.maven;

import dev.autogen.runtime.Step;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:upgrade}: applies the migrations up to a target (head by default) on the
 * configured database, else the project's embedded PostgreSQL under {@code .autogen/}.
 *
 * <pre>mvn autogen:upgrade -Dautogen.url=postgresql://app@localhost:5432/app</pre>
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class UpgradeMojo extends AutogenMojo {

    /** head, +N, or a revision id or unique prefix. */
    @Parameter(property = "autogen.target", defaultValue = "head")
    String target;

    @Override
    void run() throws MojoExecutionException {
        try (Project autogen = autogenProject(); DatabaseSession session = autogen.openDatabase()) {
            List<Step> steps = autogen.runner(session, new MavenProgress(getLog()))
                    .run(planner -> planner.upgrade(target));
            if (steps.isEmpty()) {
                getLog().info("Nothing to apply to " + session.description());
            }
        }
    }
}
