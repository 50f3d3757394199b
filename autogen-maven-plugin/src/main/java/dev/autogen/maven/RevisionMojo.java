package dev.autogen.maven;

import dev.autogen.operation.OperationSummary;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.NewMigration;
import dev.autogen.workflow.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:revision}: writes a migration for what the entities changed, proven on a
 * throwaway PostgreSQL first (as {@code autogen -m MSG}); with {@code -Dautogen.empty}, an empty one.
 *
 * <pre>mvn compile autogen:revision -Dautogen.message="add archived_at"</pre>
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class RevisionMojo extends AutogenMojo {

    /** What the migration does; becomes its class name and header. Required. */
    @Parameter(property = "autogen.message")
    String message;

    /** Write an empty migration for hand-written changes instead of autogenerating one. */
    @Parameter(property = "autogen.empty", defaultValue = "false")
    boolean empty;

    /** Prove the migration (upgrade, diff again, downgrade) on a throwaway PostgreSQL before writing it. */
    @Parameter(property = "autogen.verify", defaultValue = "true")
    boolean verify;

    @Override
    void run() throws MojoExecutionException {
        if (message == null || message.isBlank()) {
            throw new MojoExecutionException("autogen:revision needs a message: -Dautogen.message=\"add archived_at\"");
        }
        try (Project autogen = empty ? autogenProject() : autogenProjectWithEntities();
             Autogenerate autogenerate = new Autogenerate(autogen)) {
            String head = autogen.migrations().head();
            NewMigration migration = new NewMigration(NewMigration.newRevisionId(),
                    head == null ? List.of() : List.of(head), Instant.now(), message);
            if (empty) {
                written(autogenerate.writeEmpty(migration));
                return;
            }
            Autogenerate.Comparison comparison = autogenerate.compare();
            if (comparison.inSync()) {
                getLog().info("No changes detected");
                return;
            }
            comparison.operations().forEach(op -> getLog().info("Detected " + OperationSummary.of(op)));
            comparison.suggestedRenames().forEach(op -> getLog().warn("Possible rename, generated as drop and add: "
                    + OperationSummary.of(op) + " (confirm it with the autogen command line's --rename)"));
            Path file = autogenerate.write(comparison, migration, verify);
            autogenerate.provenOn().ifPresent(start -> getLog().info("Proven on " + start));
            written(file);
        }
    }

    private void written(Path file) {
        getLog().info("Generating " + project.getBasedir().toPath().relativize(file.toAbsolutePath()) + " ... done");
    }
}
