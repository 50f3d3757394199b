package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.config.AutogenConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the goals make of their input before any database is involved: the configuration (file,
 * plugin parameters, project classpath) and the clear errors for what is missing.
 */
class MojoInputTest {

    @TempDir
    Path dir;

    private <T extends AutogenMojo> T mojo(T mojo) {
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        Build build = new Build();
        build.setOutputDirectory(dir.resolve("target/classes").toString());
        project.setBuild(build);
        mojo.project = project;
        mojo.configFile = dir.resolve("autogen.toml").toFile();
        return mojo;
    }

    @Test
    void revisionWithoutAMessageSaysHowToGiveOne() {
        assertThatThrownBy(() -> mojo(new RevisionMojo()).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("autogen:revision needs a message: -Dautogen.message=\"add archived_at\"");
    }

    @Test
    void autogenerateWithoutAMessageSaysHowToGiveOne() {
        assertThatThrownBy(() -> mojo(new AutogenerateMojo()).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("autogen:autogenerate needs a message: -Dautogen.message=\"add archived_at\"");
    }

    @Test
    void downgradeWithoutATargetSaysHowToGiveOne() {
        assertThatThrownBy(() -> mojo(new DowngradeMojo()).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("autogen:downgrade needs a target: -Dautogen.target=-1 (or base, or a revision id)");
    }

    @Test
    void checkBeforeCompilingSaysToCompile() {
        assertThatThrownBy(() -> mojo(new CheckMojo()).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("no compiled classes in target/classes; run `mvn compile` first "
                        + "(e.g. mvn compile autogen:autogenerate ...)");
    }

    @Test
    void noFileAndNoConfigurationNamesBoth() {
        assertThatThrownBy(() -> mojo(new HistoryMojo()).config())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("no " + dir.resolve("autogen.toml"))
                .hasMessageContaining("<entityPackages>, <migrationsDirectory> and <migrationsPackage>");
    }

    @Test
    void pluginConfigurationAloneIsEnoughAndTheClasspathIsTheProjects() throws Exception {
        HistoryMojo mojo = mojo(new HistoryMojo());
        mojo.entityPackages = List.of("com.acme.model");
        mojo.migrationsDirectory = dir.resolve("src/main/java/com/acme/migrations").toFile();
        mojo.migrationsPackage = "com.acme.migrations";

        AutogenConfig config = mojo.config();

        assertThat(config.entityPackages()).containsExactly("com.acme.model");
        assertThat(config.migrationsDirectory()).isEqualTo(dir.resolve("src/main/java/com/acme/migrations"));
        assertThat(config.migrationsPackage()).isEqualTo("com.acme.migrations");
        assertThat(config.classpath()).containsExactly(dir.resolve("target/classes"));
        assertThat(config.stateDirectory()).isEqualTo(dir.resolve(".autogen"));
    }

    @Test
    void pluginConfigurationWinsOverTheFileKeyByKey() throws Exception {
        Files.writeString(dir.resolve("autogen.toml"), """
                [entities]
                packages = ["com.acme.model"]
                classpath = ["lib/ignored.jar"]
                [migrations]
                directory = "db/migrations"
                package = "com.acme.db"
                """);
        HistoryMojo mojo = mojo(new HistoryMojo());
        mojo.migrationsPackage = "com.acme.migrations";

        AutogenConfig config = mojo.config();

        assertThat(config.entityPackages()).containsExactly("com.acme.model");
        assertThat(config.migrationsDirectory()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(config.migrationsPackage()).isEqualTo("com.acme.migrations");
        assertThat(config.classpath()).containsExactly(dir.resolve("target/classes"));
    }

    @Test
    void packageParametersAreJavaPackageNames() {
        HistoryMojo mojo = mojo(new HistoryMojo());
        mojo.entityPackages = List.of("com.acme.model");
        mojo.migrationsDirectory = dir.resolve("src/main/java/com/acme/migrations").toFile();
        mojo.migrationsPackage = "com..acme";
        assertThatThrownBy(mojo::config).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<migrationsPackage> \"com..acme\" is not a Java package name; write dot-separated "
                        + "identifiers that are not Java keywords, e.g. com.acme.migrations");
        mojo.migrationsPackage = "com.acme.migrations";
        mojo.entityPackages = List.of("com.acme.model.*");
        assertThatThrownBy(mojo::config).hasMessageStartingWith("<entityPackages> \"com.acme.model.*\" is not");
        assertThat(dir.resolve(".autogen")).doesNotExist();
    }

    @Test
    void skipDoesNothing() throws Exception {
        RevisionMojo mojo = mojo(new RevisionMojo());
        mojo.skip = true;

        mojo.execute();

        assertThat(dir.resolve(".autogen")).doesNotExist();
    }

    // ---------------------------------------------------------------- the api a written migration needs

    private static final String CONFIG = """
            [entities]
            packages = ["com.acme.model"]
            [migrations]
            directory = "src/main/java/com/acme/migrations"
            package = "com.acme.migrations"
            """;

    private <T extends NewMigrationMojo> T writing(T mojo) throws Exception {
        mojo(mojo);
        Files.writeString(dir.resolve("autogen.toml"), CONFIG);
        Files.createDirectories(dir.resolve("target/classes"));
        mojo.project.addCompileSourceRoot(dir.resolve("src/main/java").toString());
        mojo.message = "backfill names";
        mojo.pluginVersion = "1.2.3";
        return mojo;
    }

    @Test
    void withoutTheApiOnTheCompileClasspathNothingIsWrittenAndTheDependencyIsNamed() throws Exception {
        for (NewMigrationMojo mojo : List.of(writing(new RevisionMojo()), writing(new AutogenerateMojo()))) {
            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoExecutionException.class)
                    .hasMessageContaining("src/main/java/com/acme/migrations, which this build compiles")
                    .hasMessageContaining("package dev.autogen.api")
                    .hasMessageContaining("<dependency><groupId>dev.autogen</groupId><artifactId>autogen-core"
                            + "</artifactId><version>1.2.3</version><scope>provided</scope></dependency>")
                    .hasMessageContaining(mojo.goal() + " again (nothing was written)");
            assertThat(dir.resolve("src/main/java/com/acme/migrations")).doesNotExist();
        }
    }

    @Test
    void revisionWritesAnEmptyMigrationLikeTheCommandLineWhenTheApiIsInAJar() throws Exception {
        RevisionMojo mojo = writing(new RevisionMojo());
        Path jar = dir.resolve("lib/autogen-core.jar");
        Files.createDirectories(jar.getParent());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry(NewMigrationMojo.API_CLASS));
        }
        mojo.project.setArtifacts(java.util.Set.of(artifact(jar)));

        mojo.execute();

        try (var files = Files.list(dir.resolve("src/main/java/com/acme/migrations"))) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            assertThat(written.get(0).getFileName().toString()).endsWith("_backfill_names.java");
            String source = Files.readString(written.get(0));
            assertThat(source).contains("import dev.autogen.api.Migration;", "backfill names")
                    .doesNotContain("op.createTable");
        }
    }

    @Test
    void migrationsOutsideTheCompiledSourcesNeedNoApi() throws Exception {
        RevisionMojo mojo = writing(new RevisionMojo());
        Files.writeString(dir.resolve("autogen.toml"), CONFIG.replace("src/main/java/com/acme/migrations",
                "src/main/migrations"));

        mojo.execute();

        try (var files = Files.list(dir.resolve("src/main/migrations"))) {
            assertThat(files).hasSize(1);
        }
    }

    private static org.apache.maven.artifact.Artifact artifact(Path jar) {
        var handler = new org.apache.maven.artifact.handler.DefaultArtifactHandler("jar");
        handler.setAddedToClasspath(true);
        var artifact = new org.apache.maven.artifact.DefaultArtifact("dev.autogen", "autogen-core", "1.2.3",
                "provided", "jar", null, handler);
        artifact.setFile(jar.toFile());
        return artifact;
    }
}
