package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.AutogenException;
import dev.autogen.dialect.postgres.PostgresDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When Hibernate cannot build the metamodel, the message is the root cause: the missing class, who
 * refers to it and where it was looked for; the static initialiser that threw and its message;
 * Hibernate's own words for a mapping error. Never a wrapper's name, never more than one line.
 */
class MappingFailureTest {

    private static final String PACKAGE = "com.acme.broken";

    @TempDir
    Path dir;

    private static final String INTERVIEW = """
            package com.acme.broken;

            import jakarta.persistence.*;

            @Entity
            public class Interview {
                @Id
                private Long id;
            %s
            }
            """;

    @Test
    void aReferencedClassThatIsMissing() throws Exception {
        Path classes = compile(Map.of(
                "Interview", INTERVIEW.formatted("    @ManyToOne private Panel panel;"),
                "Panel", "package com.acme.broken; @jakarta.persistence.Entity public class Panel {"
                        + " @jakarta.persistence.Id private Long id; }"));
        Files.delete(classes.resolve("com/acme/broken/Panel.class"));

        String message = failure(classes);

        assertThat(message).contains("class com.acme.broken.Panel is missing", "com.acme.broken.Interview refers to it",
                classes.toString(), "[entities].classpath");
        assertClean(message);
    }

    @Test
    void aMissingSuperclass() throws Exception {
        Path classes = compile(Map.of(
                "Interview", INTERVIEW.formatted("").replace("class Interview {", "class Interview extends Audited {"),
                "Audited", "package com.acme.broken; public class Audited { protected String createdBy; }"));
        Files.delete(classes.resolve("com/acme/broken/Audited.class"));

        String message = failure(classes);

        assertThat(message).contains("class com.acme.broken.Audited is missing", "com.acme.broken.Interview refers to it",
                classes.toString());
        assertClean(message);
    }

    @Test
    void aConverterClassThatIsAbsent() throws Exception {
        Path classes = compile(Map.of(
                "Interview", INTERVIEW.formatted("    @Convert(converter = TitleConverter.class) private String title;"),
                "TitleConverter", """
                        package com.acme.broken;
                        public class TitleConverter implements jakarta.persistence.AttributeConverter<String, String> {
                            public String convertToDatabaseColumn(String s) { return s; }
                            public String convertToEntityAttribute(String s) { return s; }
                        }
                        """));
        Files.delete(classes.resolve("com/acme/broken/TitleConverter.class"));

        String message = failure(classes);

        assertThat(message).contains("class com.acme.broken.TitleConverter is missing",
                "com.acme.broken.Interview refers to it", classes.toString());
        assertClean(message);
    }

    @Test
    void aStaticInitialiserThatThrows() throws Exception {
        Path classes = compile(Map.of(
                "Interview", INTERVIEW.formatted("    @Enumerated(EnumType.STRING) private Level level;"),
                "Level", """
                        package com.acme.broken;
                        public enum Level {
                            LOW, HIGH;
                            static final int LIMIT = Integer.parseInt(System.getProperty("acme.no.such.property", "x"));
                        }
                        """));

        String message = failure(classes);

        assertThat(message).contains("static initialiser of com.acme.broken.Level threw NumberFormatException",
                "For input string: \"x\"");
        assertClean(message);
    }

    @Test
    void aMappingErrorIsHibernatesOwnExplanation() throws Exception {
        Path classes = compile(Map.of(
                "Interview", INTERVIEW.formatted("    @OneToMany(mappedBy = \"nope\") private List<Note> notes;")
                        .replace("import jakarta.persistence.*;", "import jakarta.persistence.*;\nimport java.util.List;"),
                "Note", "package com.acme.broken; @jakarta.persistence.Entity public class Note {"
                        + " @jakarta.persistence.Id private Long id; @jakarta.persistence.ManyToOne private Interview interview; }"));

        String message = failure(classes);

        assertThat(message).startsWith("Hibernate cannot map the entities: ").contains("nope", "notes");
        assertClean(message);
    }

    @Test
    void classFilesAreSearchedForExactReferences() {
        byte[] file = "xx\u0000\u0015com/acme/broken/Panelyy Lcom/acme/broken/Other;".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MappingFailure.refersTo(file, "com.acme.broken.Panel")).isTrue();
        assertThat(MappingFailure.refersTo(file, "com.acme.broken.Other")).isTrue();
        assertThat(MappingFailure.refersTo(file, "com.acme.broken.Pane")).isFalse();
        assertThat(MappingFailure.refersTo(file, "com.acme.broken.Oth")).isFalse();
    }

    private static void assertClean(String message) {
        assertThat(message).doesNotContain("\n", "InvocationTargetException", "ExceptionInInitializerError",
                "Unable to load class", "NoClassDefFoundError", "ClassNotFoundException");
    }

    private String failure(Path classes) {
        EntitySource source = new EntitySource(List.of(classes), List.of(PACKAGE), Map.of());
        AutogenException e = catchThrowableOfType(() -> EntityModel.load(source, new PostgresDialect()).close(),
                AutogenException.class);
        assertThat(e).as("loading the entities fails").isNotNull();
        return e.getMessage();
    }

    private Path compile(Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(PACKAGE.replace('.', '/')).resolve(e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("-d", classes.toString(), "-cp",
                    System.getProperty("java.class.path"), "-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            assertThat(ok).as("fixture compiles: %s", diagnostics.getDiagnostics()).isTrue();
        }
        return classes;
    }
}
