package dev.autogen.maven;

import dev.autogen.operation.OperationSummary;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.Project;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:check}: fails the build when the entities and the schema the migrations produce
 * disagree, listing what a new migration would do; bound to {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class CheckMojo extends AutogenMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        try (Project autogen = autogenProjectWithEntities(); Autogenerate autogenerate = new Autogenerate(autogen)
                .explaining(false)) {
            Autogenerate.Comparison comparison = autogenerate.compare();
            if (comparison.inSync()) {
                getLog().info("No changes detected: entities and migrations agree");
                return;
            }
            throw new MojoFailureException("Entities and migrations differ; "
                    + "`mvn compile autogen:autogenerate -Dautogen.message=MSG` would generate:\n"
                    + comparison.operations().stream().map(op -> "  - " + OperationSummary.of(op))
                            .collect(Collectors.joining("\n")));
        }
    }
}
