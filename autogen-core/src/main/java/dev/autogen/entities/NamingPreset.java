package dev.autogen.entities;

import dev.autogen.AutogenException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named sets of Hibernate naming properties: {@code spring} maps entities exactly as Spring Boot
 * does by default ({@code CamelCaseToUnderscoresNamingStrategy} and Spring's implicit join-table
 * names); {@code hibernate} is Hibernate's own default. Properties set explicitly win.
 */
public enum NamingPreset {
    HIBERNATE(Map.of()),
    SPRING(Map.of(
            "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
            "hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName()));

    private static final String IMPLICIT = "hibernate.implicit_naming_strategy";

    private final Map<String, String> properties;

    NamingPreset(Map<String, String> properties) {
        this.properties = properties;
    }

    public static NamingPreset named(String name) {
        if (name == null || name.isBlank()) {
            return HIBERNATE;
        }
        for (NamingPreset preset : values()) {
            if (preset.name().equalsIgnoreCase(name.strip())) {
                return preset;
            }
        }
        throw new AutogenException("autogen.toml: [entities] naming = \"" + name + "\" is unknown; "
                + "use \"spring\" (Spring Boot's naming) or \"hibernate\" (Hibernate's default)");
    }

    /** The preset's properties under {@code explicit}, which win. */
    public Map<String, String> under(Map<String, String> explicit) {
        return under(explicit, false);
    }

    /**
     * The preset's properties under {@code explicit}, which win; with {@code readableConstraints},
     * Hibernate names the constraints it names itself {@code fk_<table>_<columns>} and the like.
     */
    public Map<String, String> under(Map<String, String> explicit, boolean readableConstraints) {
        Map<String, String> merged = new TreeMap<>(properties);
        if (readableConstraints) {
            merged.put(IMPLICIT, (this == SPRING ? SpringReadableNamingStrategy.class : ReadableNamingStrategy.class)
                    .getName());
        }
        merged.putAll(explicit);
        return merged;
    }
}
