package dev.autogen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A throwaway project for the benchmarks: a directory with an {@code autogen.toml} (entities in
 * {@code bench.model}, compiled to {@code target/classes}; migrations in {@code bench.migrations}),
 * and the means to compile its entities and to time whole {@code autogen} processes on it.
 */
final class BenchProject {

    /** The JVM flags {@code bin/autogen} starts the command line with. */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private final Path dir;
    private final Path jar;

    BenchProject(Path dir, Path jar) throws IOException {
        this.dir = dir;
        this.jar = jar;
        Files.createDirectories(migrationsDirectory());
        Files.writeString(dir.resolve("autogen.toml"), """
                [entities]
                packages = ["%s"]
                classpath = ["target/classes"]

                [migrations]
                directory = "src/main/java/%s"
                package = "%s"
                """.formatted(EntitySources.PACKAGE, MigrationSources.PACKAGE.replace('.', '/'),
                MigrationSources.PACKAGE));
    }

    Path dir() {
        return dir;
    }

    Path sourceRoot() {
        return dir.resolve("src/main/java");
    }

    Path migrationsDirectory() {
        return sourceRoot().resolve(MigrationSources.PACKAGE.replace('.', '/'));
    }

    /** The migration files, sorted. */
    List<Path> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(migrationsDirectory())) {
            return files.sorted().toList();
        }
    }

    /** Compiles the given sources (relative to the source root) into {@code target/classes}. */
    void compile(List<String> sources) {
        compileTo(dir.resolve("target/classes"), sources);
    }

    /** Compiles the given sources (relative to the source root) into {@code classes}. */
    void compileTo(Path classes, List<String> sources) {
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(),
                "-cp", classes + File.pathSeparator + System.getProperty("java.class.path")));
        sources.forEach(s -> args.add(sourceRoot().resolve(s).toString()));
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        if (javac.run(null, messages, messages, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated sources do not compile:\n" + messages);
        }
    }

    /** Compiles every entity source. */
    void compileEntities() throws IOException {
        Path model = sourceRoot().resolve(EntitySources.PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(model)) {
            compile(files.map(f -> sourceRoot().relativize(f).toString()).sorted().toList());
        }
    }

    /**
     * The command line as the benchmarks run it: the system property {@code bench.cli} split at
     * spaces ({@code bin/benchmark} gives {@code bin/autogen}, what a user runs), else
     * {@code java} with {@link #JVM_FLAGS} {@code -jar} the jar given to the constructor.
     */
    List<String> cli() {
        return cli(jar);
    }

    /** {@link #cli()} for the jar {@code jar}. */
    static List<String> cli(Path jar) {
        String property = System.getProperty("bench.cli", "");
        if (!property.isBlank()) {
            return List.of(property.strip().split("\\s+"));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /**
     * Runs the command line with {@code ARGS} in the project directory as a whole process; output
     * goes to {@code target/last-run.log}, which a failure shows.
     */
    WholeProcess.Run autogen(int expectedExit, String... args) throws IOException, InterruptedException {
        return autogenWith(List.of(), expectedExit, args);
    }

    /** {@link #autogen}, with extra JVM options ({@code JAVA_TOOL_OPTIONS}, which every launcher honours). */
    WholeProcess.Run autogenWith(List<String> jvmOptions, int expectedExit, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(cli());
        command.addAll(List.of(args));
        Files.createDirectories(dir.resolve("target"));
        Map<String, String> env = jvmOptions.isEmpty() ? Map.of()
                : Map.of("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        return WholeProcess.run(command, dir, dir.resolve("target/last-run.log"), expectedExit, env);
    }

    /** The output of the last {@link #autogen} run. */
    String lastOutput() throws IOException {
        return Files.readString(dir.resolve("target/last-run.log"));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
