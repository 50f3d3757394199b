package dev.autogen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.config.AutogenConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code [hibernate]} keys that Hibernate would ignore are warned about, one line each, with the setting meant. */
class ConfigWarningsTest {

    private static List<String> warnings(Map<String, String> hibernate) {
        return ConfigWarnings.of(new AutogenConfig(Path.of("/p/autogen.toml"), Optional.empty(), List.of("a"),
                List.of(), Path.of("/p/m"), "m", "autogen_version", hibernate));
    }

    @Test
    void hibernateAndJpaSettingsAndTheirFamiliesAreQuiet() {
        assertThat(warnings(Map.of("hibernate.default_schema", "app", "jakarta.persistence.lock.timeout", "5",
                "hibernate.connection.sslmode", "require", "hibernate.integration.envers.enabled", "false"))).isEmpty();
    }

    @Test
    void eachUnknownKeyIsOneSortedLineWithTheSettingMeant() {
        assertThat(warnings(Map.of("show_sql", "true", "hibernate.format-sql", "true",
                "spring.jpa.properties.hibernate.default_schema", "app", "hibernate.physical_naming", "x",
                "frobnicate", "1"))).containsExactly(
                "/p/autogen.toml: [hibernate] \"frobnicate\" is not a Hibernate or JPA setting, so Hibernate ignores "
                        + "it; check its name in Hibernate's documentation (AvailableSettings), or remove it",
                "/p/autogen.toml: [hibernate] \"hibernate.format-sql\" is not a Hibernate or JPA setting, so "
                        + "Hibernate ignores it; did you mean \"hibernate.format_sql\"?",
                "/p/autogen.toml: [hibernate] \"hibernate.physical_naming\" is not a Hibernate or JPA setting, so "
                        + "Hibernate ignores it; did you mean \"hibernate.physical_naming_strategy\"?",
                "/p/autogen.toml: [hibernate] \"show_sql\" is not a Hibernate or JPA setting, so Hibernate ignores "
                        + "it; did you mean \"hibernate.show_sql\"?",
                "/p/autogen.toml: [hibernate] \"spring.jpa.properties.hibernate.default_schema\" is not a Hibernate "
                        + "or JPA setting, so Hibernate ignores it; did you mean \"hibernate.default_schema\"?");
    }

    @Test
    void aMigrationsPackageThatIsNotItsDirectorysPath() {
        AutogenConfig config = new AutogenConfig(Path.of("/p/autogen.toml"), Optional.empty(), List.of("a"),
                List.of(), Path.of("/p/src/main/java/com/acme/migrations"), "com.acme.migration", "autogen_version",
                Map.of());
        assertThat(ConfigWarnings.of(config)).containsExactly("/p/autogen.toml: [migrations] package = "
                + "\"com.acme.migration\" is not the package of directory src/main/java/com/acme/migrations "
                + "(com.acme.migrations); make them agree, so that the classes are where the build and readers "
                + "expect them");
        assertThat(ConfigWarnings.of(config.withMigrations(Path.of("/p/src/main/java/com/acme/migrations"),
                "com.acme.migrations"))).isEmpty();
        assertThat(ConfigWarnings.of(config.withMigrations(Path.of("/p/db/migrations"), "com.acme.db"))).isEmpty();
    }
}
