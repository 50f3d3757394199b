package dev.autogen.runtime.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link MigrationCompiler#compile}: a class loader for the migrations, each source
 * with its class name and checksum (sorted by path), and which sources javac compiled this time
 * (empty on a warm cache). Close it to release the class loader.
 */
public record CompiledMigrations(URLClassLoader classLoader, List<CompiledSource> sources, List<Path> recompiled)
        implements AutoCloseable {

    public CompiledMigrations {
        Objects.requireNonNull(classLoader, "classLoader");
        sources = List.copyOf(sources);
        recompiled = List.copyOf(recompiled);
    }

    @Override
    public void close() {
        try {
            classLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
