package dev.autogen.runtime;

import dev.autogen.runtime.compile.SourceChecksum;
import java.io.IOException;
import java.io.InputStream;

/**
 * The checksum of a migration compiled into an application, taken of its source when the build puts
 * the source beside the class ({@code com/acme/migrations/M1.java} as a resource): the same checksum
 * the command line records, so that an application refuses to start on a migration edited after it
 * was applied. Without the source on the class path there is no checksum, and none is checked.
 */
final class ClasspathSources {

    private ClasspathSources() {
    }

    /** The source checksum of the top-level class {@code className}, or null when its source is not there. */
    static String checksum(ClassLoader loader, String className) {
        String resource = className.replace('.', '/') + ".java";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : SourceChecksum.of(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }
}
