package dev.autogen.workflow;

import dev.autogen.config.AutogenConfig;
import dev.autogen.config.DidYouMean;
import dev.autogen.entities.HibernateSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What in a configuration is suspicious but not wrong enough to stop: {@code [hibernate]} keys that
 * are neither Hibernate's nor JPA's settings (Hibernate ignores them silently), each one line with
 * "did you mean", sorted; a migrations package that is not the path of its directory. Front ends
 * print them as warnings; the exit code stays what it would be.
 *
 * <pre>{@code ConfigWarnings.of(config).forEach(line -> err.println("warning: " + line));}</pre>
 */
public final class ConfigWarnings {

    private ConfigWarnings() {
    }

    public static List<String> of(AutogenConfig config) {
        List<String> warnings = new ArrayList<>();
        for (String key : new TreeSet<>(config.hibernateProperties().keySet())) {
            if (!HibernateSettings.known(key)) {
                warnings.add(config.file() + ": [hibernate] \"" + key + "\" is not a Hibernate or JPA setting, so "
                        + "Hibernate ignores it; " + suggestion(key).map(s -> "did you mean \"" + s + "\"?")
                        .orElse("check its name in Hibernate's documentation (AvailableSettings), or remove it"));
            }
        }
        packageMismatch(config).ifPresent(warnings::add);
        return warnings;
    }

    /**
     * A migrations directory under a Java source root ({@code src/main/java}, {@code src/test/java})
     * whose path is not the package's: the build compiles it, but the classes are not where
     * readers and tools look for them.
     */
    private static Optional<String> packageMismatch(AutogenConfig config) {
        Path directory = config.baseDirectory().normalize()
                .relativize(config.migrationsDirectory().toAbsolutePath().normalize());
        for (int i = 0; i + 3 <= directory.getNameCount(); i++) {
            if (directory.getName(i).toString().equals("src") && directory.getName(i + 2).toString().equals("java")) {
                List<String> parts = new ArrayList<>();
                directory.subpath(i + 2, directory.getNameCount()).forEach(part -> parts.add(part.toString()));
                String expected = String.join(".", parts.subList(1, parts.size()));
                if (!expected.equals(config.migrationsPackage())) {
                    return Optional.of(config.file() + ": [migrations] package = \"" + config.migrationsPackage()
                            + "\" is not the package of directory " + directory + " (" + (expected.isEmpty()
                            ? "the source root itself" : expected) + "); make them agree, so that the classes "
                            + "are where the build and readers expect them");
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The setting meant: {@code key} with {@code hibernate.} in front, without Spring Boot's
     * {@code spring.jpa.properties.}, a setting {@code key} begins, else the closest by spelling.
     */
    private static Optional<String> suggestion(String key) {
        for (String meant : List.of("hibernate." + key, key.replaceFirst("^spring\\.jpa\\.properties\\.", ""))) {
            if (!meant.equals(key) && HibernateSettings.known(meant)) {
                return Optional.of(meant);
            }
        }
        Optional<String> longer = HibernateSettings.names().stream().filter(name -> name.startsWith(key)).findFirst();
        return longer.isPresent() ? longer : DidYouMean.closest(key, HibernateSettings.names());
    }
}
