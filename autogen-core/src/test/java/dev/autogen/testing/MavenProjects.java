package dev.autogen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Small Maven projects for tests: a {@code pom.xml} with one provided and one test dependency
 * (both already in the local repository, since this build uses them), and this repository's
 * Maven wrapper copied beside it, so that the project builds with the same Maven as the tests.
 */
public final class MavenProjects {

    /** The provided dependency: on the entity classpath. */
    public static final String PERSISTENCE_JAR = "jakarta.persistence-api-3.2.0.jar";
    /** The test dependency: not on the entity classpath. */
    public static final String TEST_JAR = "assertj-core-";

    private MavenProjects() {
    }

    /** Writes the pom and the wrapper into {@code dir}; returns {@code dir}. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>test.autogen</groupId>
                      <artifactId>entities</artifactId>
                      <version>1.0</version>
                      <dependencies>
                        <dependency>
                          <groupId>jakarta.persistence</groupId>
                          <artifactId>jakarta.persistence-api</artifactId>
                          <version>3.2.0</version>
                          <scope>provided</scope>
                        </dependency>
                        <dependency>
                          <groupId>org.assertj</groupId>
                          <artifactId>assertj-core</artifactId>
                          <version>3.27.7</version>
                          <scope>test</scope>
                        </dependency>
                      </dependencies>
                    </project>
                    """);
            Path root = repositoryRoot();
            Files.copy(root.resolve("mvnw"), dir.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
            Path wrapper = dir.resolve(".mvn/wrapper");
            Files.createDirectories(wrapper);
            Files.copy(root.resolve(".mvn/wrapper/maven-wrapper.properties"),
                    wrapper.resolve("maven-wrapper.properties"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("autogen-core"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
}
