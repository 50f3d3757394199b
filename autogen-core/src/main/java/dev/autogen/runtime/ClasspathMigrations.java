package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Revision;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations compiled into an application (its jar or classes directory), found by scanning a
 * package for {@link Revision} classes: what an application uses at start-up instead of sources.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(ClasspathMigrations.load(getClass().getClassLoader(), "com.acme.migrations"));
 * }</pre>
 */
public final class ClasspathMigrations {

    private ClasspathMigrations() {
    }

    /** The migration classes of {@code packageName} (and its subpackages), sorted by class name. */
    public static List<MigrationScript> load(ClassLoader loader, String packageName) {
        List<MigrationScript> scripts = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders()
                .acceptPackages(packageName).enableAnnotationInfo().ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Revision.class.getName())) {
                Class<?> type;
                try {
                    type = Class.forName(info.getName(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AutogenException("cannot load migration " + info.getName() + ": " + e.getMessage(), e);
                }
                scripts.add(MigrationScript.of(type, null, type.getName()));
            }
        }
        scripts.sort(java.util.Comparator.comparing(MigrationScript::origin));
        return List.copyOf(scripts);
    }
}
