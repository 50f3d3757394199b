package dev.autogen.config;

import dev.autogen.AutogenException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * {@code [entities]} and {@code [hibernate]}: where the entity classes are and how Hibernate names
 * what they map to.
 *
 * @param packages                scanned with their subpackages for {@code @Entity} and friends
 * @param classpath               directories or jars holding the compiled entities
 * @param classpathGiven          false when the classpath is only the default {@code target/classes},
 *                                so that a front end may find the build's own classpath
 * @param naming                  {@code "hibernate"}, {@code "spring"} or null (Hibernate's)
 * @param readableConstraintNames {@code constraint_names = "readable"}
 * @param hibernateProperties     passed through to Hibernate's bootstrap
 */
public record EntitySettings(List<String> packages, List<Path> classpath, boolean classpathGiven, String naming,
                             boolean readableConstraintNames, Map<String, String> hibernateProperties) {

    /** The classpath when none is given: a Maven (or Maven-layout) project's compiled classes. */
    public static final String DEFAULT_CLASSPATH = "target/classes";

    public EntitySettings {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
        hibernateProperties = Map.copyOf(hibernateProperties);
    }

    static EntitySettings read(TomlTable toml) {
        List<String> packages = toml.strings("entities.packages");
        if (packages.isEmpty()) {
            throw new AutogenException(toml.file() + ": [entities] packages is missing; name the packages that hold "
                    + "your @Entity classes, e.g. packages = [\"com.acme.model\"]");
        }
        for (String name : packages) {
            if (!SourceVersion.isName(name)) {
                throw toml.error(ConfigSchema.declared("entities.packages"), "holds \"" + toml.shown(name) + "\", which is not a "
                        + "Java package name; write dot-separated identifiers, e.g. \"com.acme.model\" (a package "
                        + "includes its subpackages, so no \".*\")");
            }
        }
        List<Path> classpath = new ArrayList<>();
        toml.strings("entities.classpath").forEach(entry -> classpath.add(toml.resolve(entry)));
        boolean given = !classpath.isEmpty();
        if (!given) {
            classpath.add(toml.resolve(DEFAULT_CLASSPATH));
        }
        return new EntitySettings(packages, classpath, given, toml.choice("entities.naming"),
                toml.choice("entities.constraint_names").equals("readable"), toml.hibernate());
    }

    /**
     * In a Spring Boot project: unless {@code naming} was given, Spring Boot's naming, with the strategies
     * its application file names under the {@code [hibernate]} properties (which win).
     */
    EntitySettings underSpringBoot(boolean namingGiven, SpringBootProperties spring) {
        if (namingGiven) {
            return this;
        }
        Map<String, String> properties = new java.util.TreeMap<>(spring.namingProperties());
        properties.putAll(hibernateProperties);
        return new EntitySettings(packages, classpath, classpathGiven, "spring", readableConstraintNames, properties);
    }

    /** These settings with another classpath (e.g. the build tool's), marked as given. */
    public EntitySettings withClasspath(List<Path> entries) {
        return new EntitySettings(packages, entries, true, naming, readableConstraintNames, hibernateProperties);
    }

    public EntitySettings withPackages(List<String> value) {
        return new EntitySettings(value, classpath, classpathGiven, naming, readableConstraintNames,
                hibernateProperties);
    }
}
