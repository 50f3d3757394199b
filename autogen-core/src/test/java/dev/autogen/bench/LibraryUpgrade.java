package dev.autogen.bench;

import dev.autogen.Autogen;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * {@code Autogen.configure()...load().upgrade()} as an application runs it at start-up, in a
 * fresh JVM started by {@link NoopUpgradeBenchmark}, with the migrations compiled in a classes
 * directory. Usage: {@code LibraryUpgrade URL CLASSES_DIR}. Prints the time of {@code load()}
 * (scanning the package, loading the classes, the revision graph) and of {@code upgrade()}.
 */
public final class LibraryUpgrade {

    private LibraryUpgrade() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[1]).toUri().toURL()},
                LibraryUpgrade.class.getClassLoader());
        Autogen autogen = Autogen.configure().url(args[0]).migrations(MigrationSources.PACKAGE).classLoader(loader)
                .load();
        long loaded = System.nanoTime();
        int steps = autogen.upgrade().size();
        long upgraded = System.nanoTime();
        System.out.printf("load %d ms, upgrade %d ms (%d migrations run)%n", (loaded - start) / 1_000_000,
                (upgraded - loaded) / 1_000_000, steps);
        System.exit(0);
    }
}
