package dev.autogen.cli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The class files javac makes of a test project's entity sources, kept per JVM under the digest of
 * every source's path and text: most tests compile the same few entities, and javac is the dearest
 * part of setting a project up. What is compiled in one test is written, byte for byte, in the next.
 */
final class EntityClassFiles {

    private static final Map<String, EntityClassFiles> COMPILED = new ConcurrentHashMap<>();

    /** Relative path (with {@code /}) to the class file's bytes. */
    private final Map<String, byte[]> files;

    private EntityClassFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /**
     * The class files of {@code sources} (under {@code root}), compiled by {@code javac} (sources, output
     * directory) into a directory of their own the first time these sources are seen.
     */
    static EntityClassFiles of(Path root, List<Path> sources, BiConsumer<List<Path>, Path> javac) throws IOException {
        String key = digest(root, sources);
        EntityClassFiles known = COMPILED.get(key);
        if (known != null) {
            return known;
        }
        Path out = Files.createTempDirectory("entity-classes");
        try {
            javac.accept(sources, out);
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            EntityClassFiles compiled = new EntityClassFiles(files);
            COMPILED.putIfAbsent(key, compiled);
            return compiled;
        } finally {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes the class files under {@code classes}, replacing files of the same name, as javac does. */
    void writeTo(Path classes) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = classes.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(Path root, List<Path> sources) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path source : sources) {
                sha.update(root.relativize(source).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] text = Files.readAllBytes(source);
                sha.update(Integer.toString(text.length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
