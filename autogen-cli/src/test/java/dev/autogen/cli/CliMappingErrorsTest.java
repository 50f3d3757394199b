package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entities Hibernate cannot map: one line naming the root cause (the missing class and who refers to
 * it, the static initialiser and what it threw, Hibernate's own words), exit 2, nothing written, and
 * the stack trace only with {@code --verbose}.
 */
class CliMappingErrorsTest extends CliTestBase {

    @Test
    void aReferencedClassMissingFromTheClasspath() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.writeInterview("    @ManyToOne private Panel panel;\n");
        project.writeEntity("Panel", """
                package com.acme.model;

                @jakarta.persistence.Entity
                public class Panel {
                    @jakarta.persistence.Id
                    private Long id;
                }
                """);
        project.compileEntities();
        Files.delete(project.resolve("target/classes/com/acme/model/Panel.class"));
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains("class com.acme.model.Panel is missing", "com.acme.model.Interview refers to it",
                "target/classes", "[entities].classpath");
        assertThat(project.files()).isEqualTo(before);
        Result verbose = project.run("check", "--url", db.urlWithCredentials(), "--verbose");
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.errorLines()).hasSize(1);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void aStaticInitialiserThatThrows() {
        TestProject project = TestProject.standard(dir, null);
        project.writeInterview("    @Enumerated(EnumType.STRING) private Level level;\n");
        project.writeEntity("Level", """
                package com.acme.model;

                public enum Level {
                    LOW, HIGH;
                    static final java.util.Map<String, Integer> RANKS = load();
                    static java.util.Map<String, Integer> load() {
                        throw new IllegalStateException("ranks.properties not found");
                    }
                }
                """);
        project.compileEntities();

        Result r = project.run("check", "--url", db.urlWithCredentials());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("static initialiser of com.acme.model.Level threw IllegalStateException: "
                + "ranks.properties not found").doesNotContain("\tat ", "ExceptionInInitializerError",
                "InvocationTargetException");
    }

    @Test
    void aBadMappedBy() {
        TestProject project = TestProject.standard(dir, null);
        project.writeInterview("    @OneToMany(mappedBy = \"interview\") private java.util.List<Candidate> candidates;\n");
        project.compileEntities();

        Result r = project.run("check", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains("Hibernate cannot map the entities", "interview", "candidates");
    }

    @Test
    void aConverterClassThatIsAbsent() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.writeInterview("    @Convert(converter = NoteConverter.class) private String note;\n");
        project.writeEntity("NoteConverter", """
                package com.acme.model;

                public class NoteConverter implements jakarta.persistence.AttributeConverter<String, String> {
                    public String convertToDatabaseColumn(String s) { return s; }
                    public String convertToEntityAttribute(String s) { return s; }
                }
                """);
        project.compileEntities();
        Files.delete(project.resolve("target/classes/com/acme/model/NoteConverter.class"));

        Result r = project.run("check", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains("class com.acme.model.NoteConverter is missing",
                "com.acme.model.Interview refers to it");
    }
}
