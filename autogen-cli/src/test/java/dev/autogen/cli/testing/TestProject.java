package dev.autogen.cli.testing;

import dev.autogen.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A user's project in a temporary directory: entity sources under {@code src/main/java},
 * compiled in-process into {@code target/classes}, an {@code autogen.toml}, and a way to run the
 * CLI in it ({@link Main#run}) with a given environment.
 */
public final class TestProject {

    public static final String ENTITY_PACKAGE = "com.acme.model";
    public static final String MIGRATIONS_PACKAGE = "com.acme.migrations";
    public static final String MIGRATIONS_DIRECTORY = "src/main/java/com/acme/migrations";

    private final Path dir;
    private final Map<String, String> environment = new HashMap<>();

    private TestProject(Path dir) {
        this.dir = dir;
    }

    /** An empty directory, no configuration, no entities. */
    public static TestProject empty(Path dir) {
        return new TestProject(dir);
    }

    /**
     * The standard project: entities {@code Interview} ({@code interviews}) and {@code Candidate}
     * ({@code candidates}), compiled, and an {@code autogen.toml} with {@code url} (null: none).
     */
    public static TestProject standard(Path dir, String url) {
        TestProject project = new TestProject(dir);
        project.writeConfig(url);
        project.writeInterview("");
        project.writeEntity("Candidate", """
                package com.acme.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "candidates")
                public class Candidate {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 120)
                    private String fullName;
                }
                """);
        project.compileEntities();
        return project;
    }

    public Path dir() {
        return dir;
    }

    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Path configFile() {
        return dir.resolve("autogen.toml");
    }

    public void writeConfig(String url) {
        String database = url == null ? "# no url: the embedded PostgreSQL\n" : "url = \"" + url + "\"\n";
        write("autogen.toml", "[database]\n" + database + "\n"
                + "[entities]\npackages = [\"" + ENTITY_PACKAGE + "\"]\nclasspath = [\"target/classes\"]\n\n"
                + "[migrations]\ndirectory = \"" + MIGRATIONS_DIRECTORY + "\"\npackage = \"" + MIGRATIONS_PACKAGE
                + "\"\n\n[hibernate]\n\"hibernate.physical_naming_strategy\" = "
                + "\"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\"\n");
    }

    /** {@code Interview} with {@code extraMembers} added to its body, e.g. a new field. */
    public void writeInterview(String extraMembers) {
        writeEntity("Interview", """
                package com.acme.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "interviews")
                public class Interview {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 200)
                    private String title;

                """ + extraMembers + "\n}\n");
    }

    public void writeEntity(String simpleName, String source) {
        write("src/main/java/" + ENTITY_PACKAGE.replace('.', '/') + "/" + simpleName + ".java", source);
    }

    public Path write(String relative, String text) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles every source under {@code src/main/java} except the migrations into {@code target/classes}.
     * javac's output depends on the sources alone (the options and classpath are the same for every
     * project): the class files of sources already compiled in this JVM are written again rather than
     * compiled again ({@link EntityClassFiles}).
     */
    public void compileEntities() {
        Path sources = dir.resolve("src/main/java");
        Path classes = dir.resolve("target/classes");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(dir.resolve(MIGRATIONS_DIRECTORY)))
                    .sorted()
                    .toList();
            Files.createDirectories(classes);
            EntityClassFiles.of(sources, files, TestProject::javac).writeTo(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void javac(List<Path> files, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                    "-proc:none", "--release", "17");
            Boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!Boolean.TRUE.equals(ok)) {
                throw new IllegalStateException("entities do not compile: " + diagnostics.getDiagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration sources, sorted by name (which starts with their creation time). */
    public List<Path> migrations() {
        Path migrations = dir.resolve(MIGRATIONS_DIRECTORY);
        if (!Files.isDirectory(migrations)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(migrations)) {
            return list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under the project, relative, sorted, ignoring autogen's own state. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.startsWith(".autogen")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code autogen ARGS} in this project. */
    public Result run(String... args) {
        return run(false, args);
    }

    /** Runs {@code autogen ARGS} as if its output were a terminal (where colour is allowed). */
    public Result runOnTerminal(String... args) {
        return run(true, args);
    }

    private Result run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, dir, Map.copyOf(environment), o, e, terminal);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Result result = new Result(args, code, out.toString(), err.toString(), millis);
        System.out.println(result);
        return result;
    }

    /** What one invocation did. */
    public record Result(String[] args, int code, String out, String err, long millis) {

        public List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        public List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }

        public List<String> errorLines() {
            List<String> lines = new ArrayList<>();
            for (String line : errLines()) {
                if (line.startsWith("error:")) {
                    lines.add(line);
                }
            }
            return lines;
        }

        @Override
        public String toString() {
            return "$ autogen " + String.join(" ", args) + "   [exit " + code + ", " + millis + " ms]\n"
                    + (out.isEmpty() ? "" : "out: " + out.strip().replace("\n", "\n     ") + "\n")
                    + (err.isEmpty() ? "" : "err: " + err.strip().replace("\n", "\n     ") + "\n");
        }
    }
}
