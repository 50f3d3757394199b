package dev.autogen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.testing.MavenProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classpath of a real Maven project, listed by its wrapper once and then taken from the cache. */
class MavenClasspathTest {

    @TempDir
    Path dir;

    /** A Maven that cannot run: resolving with it proves that the cache answered. */
    private static final MavenClasspath NO_MAVEN = new MavenClasspath(List.of("/nonexistent/bin/mvn"));

    @Test
    void listsTargetClassesAndTheCompileDependenciesThenAnswersFromTheCacheUntilThePomChanges() throws Exception {
        MavenProjects.write(dir);
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Path state = dir.resolve(".autogen");

        List<Path> classpath = new MavenClasspath().resolve(dir, state);

        assertThat(classpath.get(0)).isEqualTo(classes);
        assertThat(classpath).hasSize(2);
        assertThat(classpath.get(1).getFileName()).hasToString(MavenProjects.PERSISTENCE_JAR);
        assertThat(classpath.get(1)).isRegularFile();
        assertThat(classpath).noneMatch(p -> p.getFileName().toString().startsWith(MavenProjects.TEST_JAR));
        assertThat(state.resolve(MavenClasspath.CACHE_FILE)).isRegularFile();

        assertThat(NO_MAVEN.resolve(dir, state)).isEqualTo(classpath);

        Files.writeString(dir.resolve("pom.xml"), Files.readString(dir.resolve("pom.xml")) + "<!-- changed -->\n");
        assertThatThrownBy(() -> NO_MAVEN.resolve(dir, state))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("cannot run Maven to find the classpath of " + dir)
                .hasMessageContaining("--classpath");
    }

    @Test
    void missingCompiledClassesSayToCompile() {
        MavenProjects.write(dir);

        assertThatThrownBy(() -> NO_MAVEN.resolve(dir, dir.resolve(".autogen")))
                .isInstanceOf(AutogenException.class)
                .hasMessage("no compiled classes in " + dir.resolve("target/classes") + "; run `mvn compile` "
                        + "(or ./mvnw compile) there first, or give the entity classpath with --classpath");
    }

    @Test
    void aClasspathInTheFileOrNoPomLeavesTheConfigurationAlone() throws Exception {
        Path file = dir.resolve("autogen.toml");
        Files.writeString(file, """
                [entities]
                packages = ["a"]
                [migrations]
                directory = "m"
                package = "m"
                """);
        AutogenConfig noPom = AutogenConfig.load(file, Map.of());
        assertThat(noPom.classpathGiven()).isFalse();
        assertThat(MavenClasspath.applyTo(noPom)).isSameAs(noPom);

        Files.writeString(file, """
                [entities]
                packages = ["a"]
                classpath = ["build/classes"]
                [migrations]
                directory = "m"
                package = "m"
                """);
        MavenProjects.write(dir);
        AutogenConfig given = AutogenConfig.load(file, Map.of());
        assertThat(given.classpathGiven()).isTrue();
        assertThat(MavenClasspath.applyTo(given)).isSameAs(given);
    }
}
