package dev.autogen.runtime.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of everything besides a source's text and the class-path directories' contents that can
 * change what javac makes of it: the Java version, the options, each class-path entry's path and,
 * for a jar, its size and modification time. When it changes, every source is compiled again. What
 * javac read from the class-path directories is checked on its own ({@link CompileDependencies}), so
 * that recompiling a class no migration refers to recompiles nothing.
 */
final class CompilerInputs {

    private CompilerInputs() {
    }

    static String hash(List<String> options, List<Path> classpath) throws IOException {
        MessageDigest sha256 = SourceChecksum.sha256();
        update(sha256, "java " + Runtime.version());
        options.forEach(option -> update(sha256, "option " + option));
        for (Path entry : classpath) {
            update(sha256, "classpath " + entry);
            update(sha256, Files.isRegularFile(entry) ? "jar " + stamp(entry) : "directory");
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
