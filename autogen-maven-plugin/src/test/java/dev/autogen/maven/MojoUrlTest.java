package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** The plugin's {@code url}: given empty or unreadable, the goal fails naming it and never showing it. */
class MojoUrlTest {

    @TempDir
    java.nio.file.Path dir;

    private HistoryMojo mojo(String url) {
        HistoryMojo mojo = new HistoryMojo();
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        Build build = new Build();
        build.setOutputDirectory(dir.resolve("target/classes").toString());
        project.setBuild(build);
        mojo.project = project;
        mojo.configFile = dir.resolve("autogen.toml").toFile();
        mojo.entityPackages = List.of("com.acme.model");
        mojo.migrationsDirectory = dir.resolve("src/main/java/com/acme/migrations").toFile();
        mojo.migrationsPackage = "com.acme.migrations";
        mojo.url = url;
        return mojo;
    }

    @Test
    void anEmptyUrlIsAnErrorNotTheEmbeddedDatabase() {
        for (String empty : List.of("", "   ")) {
            assertThatThrownBy(() -> mojo(empty).execute()).isInstanceOf(MojoExecutionException.class)
                    .hasMessageStartingWith("<url> (-Dautogen.url) is empty; give a database URL")
                    .hasMessageEndingWith("or leave <url> (-Dautogen.url) out to use AUTOGEN_DATABASE_URL, "
                            + "autogen.toml or the embedded PostgreSQL");
        }
    }

    @Test
    void anUnreadableUrlNamesTheParameterAndNeverShowsThePassword() {
        for (String url : List.of("postgresql://app:Zq9@Zq9@localhost/db", "postgresql://app:Zq9@localhost:x/db",
                "Zq9")) {
            assertThatThrownBy(() -> mojo(url).execute()).isInstanceOf(MojoExecutionException.class)
                    .hasMessageStartingWith("<url> (-Dautogen.url) ").hasMessageNotContaining("Zq9");
        }
    }
}
