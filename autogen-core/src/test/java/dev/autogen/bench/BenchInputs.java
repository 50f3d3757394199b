package dev.autogen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmarks' generated inputs, kept between runs under {@code autogen-core/target/bench/}
 * (the system property {@code bench.work}): generating and compiling 500 or 10,000 entities, or
 * 5,000 migrations, takes longer than measuring them. Each directory holds a key naming what made
 * it (the sizes, the generator's class file, the command line's jar for what autogen generated);
 * a directory whose key differs is deleted and made again.
 */
final class BenchInputs {

    private BenchInputs() {
    }

    static Path work() {
        return Path.of(System.getProperty("bench.work", "autogen-core/target/bench")).toAbsolutePath();
    }

    /** Whether {@code dir}'s key file {@code name} holds {@code key}. */
    static boolean current(Path dir, String name, String key) {
        try {
            return Files.readString(dir.resolve(name)).equals(key);
        } catch (IOException e) {
            return false;
        }
    }

    static void writeKey(Path dir, String name, String key) throws IOException {
        Files.writeString(dir.resolve(name), key);
    }

    /** SHA-256 of the class file of each class, and of each file. */
    static String hash(List<Class<?>> classes, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : classes) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    digest.update(in.readAllBytes());
                }
            }
            for (Path f : files) {
                digest.update(Files.exists(f) ? Files.readAllBytes(f) : new byte[0]);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The project of {@code entities} generated entities ({@link EntitySources}), compiled, with
     * the middle entity as it is before the pending change, and its migrations as {@code -m}
     * generated them on an empty database ({@code initial schema}, one migration) and nothing
     * else; {@code emptyDatabaseUrl} is used only when the migration must be generated again.
     */
    static BenchProject entities(int entities, Path jar, String emptyDatabaseUrl) throws Exception {
        Path dir = work().resolve("entities-" + entities);
        String sourcesKey = "entities " + entities + " " + hash(List.of(EntitySources.class), List.of());
        BenchProject project;
        if (!current(dir, "sources.key", sourcesKey)) {
            BenchProject.deleteTree(dir);
            project = new BenchProject(dir, jar);
            long start = System.nanoTime();
            EntitySources.write(project.sourceRoot(), entities, false);
            project.compileEntities();
            System.out.printf("(generated and compiled %d entities in %d ms, kept in %s)%n", entities,
                    (System.nanoTime() - start) / 1_000_000, dir);
            writeKey(dir, "sources.key", sourcesKey);
        } else {
            project = new BenchProject(dir, jar);
            project.compile(List.of(EntitySources.writeMiddle(project.sourceRoot(), entities, false)));
        }
        String migrationKey = sourcesKey + " " + hash(List.of(), List.of(jar)) + " " + project.cli();
        List<Path> migrations = project.migrationFiles();
        if (!current(dir, "migration.key", migrationKey) || migrations.isEmpty()) {
            for (Path f : migrations) {
                Files.delete(f);
            }
            BenchProject.deleteTree(dir.resolve(".autogen"));
            WholeProcess.Run run = project.autogen(0, "--url", emptyDatabaseUrl, "-m", "initial schema",
                    "--no-verify");
            System.out.printf("(initial -m --no-verify of %d entities: %d ms)%n", entities, run.millis());
            writeKey(dir, "migration.key", migrationKey);
            writeKey(dir, "initial.name", project.migrationFiles().get(0).getFileName().toString());
        } else {
            String initial = Files.readString(dir.resolve("initial.name"));
            for (Path f : migrations) { // a run stopped half-way may have left one behind
                if (!f.getFileName().toString().equals(initial)) {
                    Files.delete(f);
                }
            }
        }
        return project;
    }

    /** The migration files under {@code dir}, as paths relative to {@code root}, sorted. */
    static List<String> sources(Path root, Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }
}
