package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Revision;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValueList;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Migrations compiled into an application (its jar or classes directory), found by scanning a
 * package for {@link Revision} classes: what an application uses at start-up instead of sources.
 * When the package has a {@link RevisionIndex} that matches its class files exactly, the graph is
 * built from the index, and a class is loaded only when its migration runs.
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
        return IndexedPackage.scripts(loader, packageName).orElseGet(() -> scan(loader, packageName));
    }

    /** {@link #load} without the index: every class of the package scanned, the migrations loaded. */
    static List<MigrationScript> scan(ClassLoader loader, String packageName) {
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
                String checksum = ClasspathSources.checksum(loader, type.getName());
                scripts.add(MigrationScript.of(type, checksum, type.getName()));
            }
        }
        scripts.sort(java.util.Comparator.comparing(MigrationScript::origin));
        return List.copyOf(scripts);
    }

    /**
     * What the {@code @Revision} of each class of {@code packageName} under a classes directory says,
     * read from the class files without loading them ({@link RevisionIndex#write}).
     */
    static Map<String, RevisionInfo> revisionsIn(Path classes, String packageName) {
        Map<String, RevisionInfo> revisions = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath(classes.toString()).acceptPackages(packageName)
                .enableAnnotationInfo().ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Revision.class.getName())) {
                AnnotationInfo annotation = info.getAnnotationInfo(Revision.class.getName());
                AnnotationParameterValueList values = annotation.getParameterValues();
                Object transactional = values.getValue("transactional");
                revisions.put(info.getName(), new RevisionInfo(String.valueOf(values.getValue("id")),
                        strings(values.getValue("parents")), text(values.getValue("message")),
                        text(values.getValue("created")),
                        transactional == null || Boolean.TRUE.equals(transactional),
                        strings(values.getValue("replaces"))));
            }
        }
        return revisions;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }
}
