package dev.autogen.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities are: the classpath entries holding them (directories or jars), the packages
 * to scan for {@code @Entity}, {@code @Embeddable} and {@code @MappedSuperclass}, and Hibernate
 * properties passed through to its bootstrap (naming strategies, default schema).
 */
public record EntitySource(List<Path> classpath, List<String> packages, Map<String, String> hibernateProperties) {

    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        hibernateProperties = Map.copyOf(hibernateProperties);
    }
}
