package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.testing.MavenProjects;
import dev.autogen.workflow.MavenClasspath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Maven project whose {@code autogen.toml} names no classpath: the CLI takes {@code target/classes}
 * and the jars Maven lists, or what {@code --classpath} says.
 */
class CliMavenClasspathTest {

    private static final String CONFIG = """
            [entities]
            packages = ["com.acme.model"]

            [migrations]
            directory = "src/main/java/com/acme/migrations"
            package = "com.acme.migrations"
            """;

    /** A mapped superclass that only a dependency jar (lib/audit.jar, system scope) holds. */
    private static final String AUDITED = """
            package com.acme.audit;

            @jakarta.persistence.MappedSuperclass
            public abstract class Audited {
                @jakarta.persistence.Column(name = "created_by")
                private String createdBy;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theEntitiesFindTheirDependencyJarsThroughMaven() throws Exception {
        TestProject project = auditedProject();
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("</dependencies>", """
                    <dependency>
                      <groupId>com.acme</groupId>
                      <artifactId>audit</artifactId>
                      <version>1</version>
                      <scope>system</scope>
                      <systemPath>${project.basedir}/lib/audit.jar</systemPath>
                    </dependency>
                  </dependencies>"""));

        TestProject.Result check = project.run("check");

        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("- add table 'interviews'");
        assertThat(Files.readString(dir.resolve(".autogen/" + MavenClasspath.CACHE_FILE)))
                .contains(dir.resolve("lib/audit.jar").toString(), MavenProjects.PERSISTENCE_JAR);
    }

    @Test
    void classpathOptionOverridesMavenAndTheFile() throws Exception {
        TestProject project = auditedProject();
        Files.writeString(dir.resolve("pom.xml"), "<project>not a pom");

        TestProject.Result check = project.run("check", "--classpath",
                "target/classes" + java.io.File.pathSeparator + "lib/audit.jar");

        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("- add table 'interviews'");
        assertThat(dir.resolve(".autogen/" + MavenClasspath.CACHE_FILE)).doesNotExist();

        TestProject.Result withoutOption = project.run("check");
        CliTestBase.assertOneCleanError(withoutOption);
        assertThat(withoutOption.err())
                .contains("dependency:build-classpath` failed", "Non-readable POM", "pom.xml", "--classpath");
    }

    @Test
    void uncompiledEntitiesSayToRunMavenCompile() throws Exception {
        TestProject project = TestProject.empty(dir);
        project.write("autogen.toml", CONFIG);
        MavenProjects.write(dir);

        TestProject.Result check = project.run("check");

        CliTestBase.assertOneCleanError(check);
        assertThat(check.err()).contains("no compiled classes in " + dir.resolve("target/classes"),
                "run `mvn compile`");
    }

    /** Interview extends Audited; Audited compiled into lib/audit.jar, not target/classes. */
    private TestProject auditedProject() throws IOException {
        TestProject project = TestProject.empty(dir);
        project.write("autogen.toml", CONFIG);
        MavenProjects.write(dir);
        project.write("src/main/java/com/acme/audit/Audited.java", AUDITED);
        project.writeEntity("Interview", """
                package com.acme.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "interviews")
                public class Interview extends com.acme.audit.Audited {
                    @Id
                    private Long id;
                }
                """);
        project.compileEntities();
        Path audited = dir.resolve("target/classes/com/acme/audit/Audited.class");
        Files.createDirectories(dir.resolve("lib"));
        try (OutputStream file = Files.newOutputStream(dir.resolve("lib/audit.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("com/acme/audit/Audited.class"));
            jar.write(Files.readAllBytes(audited));
            jar.closeEntry();
        }
        Files.delete(audited);
        Files.delete(audited.getParent());
        Files.delete(dir.resolve("src/main/java/com/acme/audit/Audited.java"));
        return project;
    }
}
