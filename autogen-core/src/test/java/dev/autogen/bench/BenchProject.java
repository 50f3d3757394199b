package dev.autogen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Path classes = dir.resolve("target/classes");
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
     * Runs {@code java -jar autogen.jar ARGS} in the project directory and returns its wall time
     * in milliseconds; output goes to {@code target/last-run.log}, which a failure shows.
     */
    long autogen(int expectedExit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        File log = dir.resolve("target/last-run.log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().remove("AUTOGEN_DATABASE_URL");
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != expectedExit) {
            throw new IllegalStateException("autogen " + String.join(" ", args) + " exited " + exit + ":\n"
                    + Files.readString(log.toPath()));
        }
        return millis;
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
