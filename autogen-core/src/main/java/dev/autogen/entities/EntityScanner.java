package dev.autogen.entities;

import dev.autogen.AutogenException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Finds the mapped classes of the configured packages on the configured classpath, sorted by name. */
final class EntityScanner {

    private static final List<String> MAPPING_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass");

    private EntityScanner() {
    }

    static List<String> scan(EntitySource source) {
        EntityClasspath.verifyEntries(source.classpath());
        TreeSet<String> names = new TreeSet<>();
        boolean anyEntity;
        try (ScanResult scan = new ClassGraph()
                .overrideClasspath(source.classpath().stream().map(Path::toString).toList())
                .acceptPackages(source.packages().toArray(String[]::new))
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .scan()) {
            EntityClasspath.verifyClasses(scan);
            for (String annotation : MAPPING_ANNOTATIONS) {
                scan.getClassesWithAnnotation(annotation).forEach(c -> names.add(c.getName()));
            }
            anyEntity = !scan.getClassesWithAnnotation(MAPPING_ANNOTATIONS.get(0)).isEmpty();
        }
        if (!anyEntity) {
            throw new AutogenException("no @Entity classes in packages " + source.packages() + " on classpath "
                    + source.classpath() + "; check [entities].packages and that the classes are compiled");
        }
        return List.copyOf(names);
    }
}
