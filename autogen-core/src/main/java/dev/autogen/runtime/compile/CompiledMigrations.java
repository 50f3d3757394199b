package dev.autogen.runtime.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link MigrationCompiler#compile}: a class loader for the migrations, each source
 * with its class name and checksum (sorted by path), and which sources javac compiled this time
 * (empty on a warm cache). Close it to release the class loader.
 *
 * <p>{@link #dependencies()} says what the migrations depend on besides their sources, for what is
 * kept from running them (a kept replay): the compiler inputs' hash (Java version, options, class
 * path, each jar's stamp), then one line per class-path file or package javac read (its SHA-256 or
 * listing digest, as checked this run), then one line per name the migrations looked up on the class
 * path at run time so far ({@link #unchanged} checks those lines again).
 */
public record CompiledMigrations(URLClassLoader classLoader, List<CompiledSource> sources, List<Path> recompiled,
                                 List<String> compiledAgainst)
        implements AutoCloseable {

    public CompiledMigrations {
        Objects.requireNonNull(classLoader, "classLoader");
        sources = List.copyOf(sources);
        recompiled = List.copyOf(recompiled);
        compiledAgainst = List.copyOf(compiledAgainst);
    }

    /** Without what the migrations were compiled against (nothing keyed on it). */
    public CompiledMigrations(URLClassLoader classLoader, List<CompiledSource> sources, List<Path> recompiled) {
        this(classLoader, sources, recompiled, List.of());
    }

    /**
     * What the migrations depend on besides their sources: {@link #compiledAgainst()}, then what
     * they looked up on the class path at run time until now.
     */
    public List<String> dependencies() {
        List<String> lines = new ArrayList<>(compiledAgainst);
        if (classLoader instanceof MigrationClassLoader recording) {
            lines.addAll(recording.uses());
        }
        return lines;
    }

    /**
     * Whether the run-time lines among {@code dependencies} (from an earlier run's
     * {@link #dependencies()}) still resolve as they did, on this class loader's class path; the
     * compile-time ones are checked by the compile cache and compared by the caller.
     */
    public boolean unchanged(List<String> dependencies) {
        if (classLoader instanceof MigrationClassLoader recording) {
            return recording.unchanged(dependencies);
        }
        return dependencies.stream().noneMatch(line -> line.startsWith("use\t"));
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
