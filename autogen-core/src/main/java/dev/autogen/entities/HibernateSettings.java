package dev.autogen.entities;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.cfg.AvailableSettings;

/**
 * The properties Hibernate and JPA know, read from Hibernate itself: every {@code String} constant
 * of {@link AvailableSettings} and the interfaces it extends ({@code JdbcSettings},
 * {@code MappingSettings}, {@code SchemaToolingSettings}...), so the list follows the Hibernate
 * version on the classpath. Those named {@code *_PREFIX} ({@code hibernate.connection},
 * {@code hibernate.event.listener}...) are also prefixes of families of keys.
 *
 * <pre>{@code HibernateSettings.known("hibernate.default_schema")  // true}</pre>
 */
public final class HibernateSettings {

    /**
     * Families of keys read by Hibernate's modules and sister projects that {@code AvailableSettings}
     * does not list: hibernate-models, integrators, Hibernate Search, Envers.
     */
    private static final List<String> OTHER_PREFIXES = List.of("hibernate.models.", "hibernate.integration.",
            "hibernate.search.", "org.hibernate.envers.");

    private static final SortedSet<String> NAMES = new TreeSet<>();
    private static final Set<String> PREFIXES = new TreeSet<>(OTHER_PREFIXES);

    static {
        for (Field field : AvailableSettings.class.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    String value = (String) field.get(null);
                    NAMES.add(value);
                    if (field.getName().endsWith("_PREFIX")) {
                        PREFIXES.add(value.endsWith(".") ? value : value + ".");
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
        }
    }

    private HibernateSettings() {
    }

    /** Whether Hibernate or JPA reads {@code key}: one of their settings, or under one of their prefixes. */
    public static boolean known(String key) {
        return NAMES.contains(key) || PREFIXES.stream().anyMatch(key::startsWith);
    }

    /** Every setting Hibernate declares, sorted: the candidates for "did you mean". */
    public static SortedSet<String> names() {
        return java.util.Collections.unmodifiableSortedSet(NAMES);
    }
}
