package dev.autogen.runtime.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hash of everything besides a source's text that can change what javac makes of it: the
 * Java version, the options and each class-path entry (path, size and modification time of every
 * file in it). When it changes, every source is compiled again.
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
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(sha256, entry.relativize(file) + " " + stamp(file));
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                update(sha256, stamp(entry));
            } else {
                update(sha256, "missing");
            }
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
