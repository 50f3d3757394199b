package dev.autogen.runtime.compile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One compiled migration source: its path (the source directory as given, resolved with the
 * file's relative path), the fully-qualified name of the class named like the file, and the
 * SHA-256 of its text with CRLF read as LF, in lower-case hex.
 */
public record CompiledSource(Path path, String className, String checksum) {

    public CompiledSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(checksum, "checksum");
    }
}
