package dev.autogen.runtime.compile;

import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One compiled migration source: its path (the source directory as given, resolved with the
 * file's relative path), the fully-qualified name of the class named like the file, the SHA-256
 * of its text with CRLF read as LF, in lower-case hex, and what the class's {@code @Revision} says
 * as javac read it (null when it has none javac could read: the class is then loaded to tell).
 */
public record CompiledSource(Path path, String className, String checksum, RevisionInfo revision) {

    public CompiledSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(checksum, "checksum");
    }

    public CompiledSource(Path path, String className, String checksum) {
        this(path, className, checksum, null);
    }
}
