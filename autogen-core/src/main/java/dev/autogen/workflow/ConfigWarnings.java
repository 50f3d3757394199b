package dev.autogen.workflow;

import dev.autogen.config.AutogenConfig;
import dev.autogen.config.DidYouMean;
import dev.autogen.entities.HibernateSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What in a configuration is suspicious but not wrong enough to stop: {@code [hibernate]} keys that
 * are neither Hibernate's nor JPA's settings (Hibernate ignores them silently), each one line with
 * "did you mean", sorted. Front ends print them as warnings; the exit code stays what it would be.
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
        return warnings;
    }

    private static Optional<String> suggestion(String key) {
        if (HibernateSettings.known("hibernate." + key)) {
            return Optional.of("hibernate." + key);
        }
        return DidYouMean.closest(key, HibernateSettings.names());
    }
}
