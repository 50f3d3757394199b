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
 * {@code autogen:downgrade}: reverts migrations down to a target, which must be given.
 *
 * <pre>mvn autogen:downgrade -Dautogen.target=-1</pre>
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DowngradeMojo extends AutogenMojo {

    /** -N, base, or a revision id or unique prefix. Required. */
    @Parameter(property = "autogen.target")
    String target;

    @Override
    void run() throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException("autogen:downgrade needs a target: -Dautogen.target=-1 "
                    + "(or base, or a revision id)");
        }
        try (Project autogen = autogenProject(); DatabaseSession session = autogen.openDatabase()) {
            List<Step> steps = autogen.runner(session, new MavenProgress(getLog()))
                    .run(planner -> planner.downgrade(target));
            if (steps.isEmpty()) {
                getLog().info("Nothing to revert on " + session.description());
            }
        }
    }
}
