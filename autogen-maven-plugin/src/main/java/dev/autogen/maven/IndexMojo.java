package dev.autogen.maven;

import dev.autogen.runtime.RevisionIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:index}: writes the index of the compiled migrations,
 * {@code META-INF/autogen/revisions/PACKAGE} in the classes directory, so that {@code Autogen.upgrade}
 * at start-up builds the revision graph without scanning or loading the classes. Bound to
 * {@code process-classes}; an index that no longer matches the classes is ignored, never trusted.
 */
@Mojo(name = "index", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class IndexMojo extends AutogenMojo {

    @Override
    void run() throws MojoExecutionException {
        String packageName = config().migrationsPackage();
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            getLog().info("autogen: no classes in " + classes + ", no revision index written");
            return;
        }
        try {
            int count = RevisionIndex.write(classes, packageName);
            getLog().info("autogen: indexed " + count + " migrations of " + packageName);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the revision index in " + classes + ": " + e.getMessage(), e);
        }
    }
}
