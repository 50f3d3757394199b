package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spring Boot project's application.properties / .yml fill in what autogen.toml leaves out. */
class SpringBootPropertiesConfigTest {

    private static final String TOML = """
            [entities]
            packages = ["com.acme.model"]
            [migrations]
            directory = "src/main/java/com/acme/migrations"
            package = "com.acme.migrations"
            """;

    @TempDir
    Path dir;

    private AutogenConfig load(String toml, String applicationFile, String text, Map<String, String> env)
            throws Exception {
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve("src/main/resources").resolve(applicationFile), text);
        Path file = dir.resolve("autogen.toml");
        Files.writeString(file, toml);
        return AutogenConfig.load(file, env);
    }

    @Test
    void applicationPropertiesGiveTheDatabaseAndSpringNaming() throws Exception {
        AutogenConfig config = load(TOML, "application.properties", """
                spring.datasource.url=jdbc:postgresql://db:5432/shop
                spring.datasource.username=${DB_USER}
                spring.datasource.password=${DB_PASSWORD:p@ss word}
                """, Map.of("DB_USER", "app"));

        assertThat(config.databaseUrl()).contains("jdbc:postgresql://db:5432/shop?user=app&password=p%40ss+word");
        assertThat(config.databaseUrlSetting().orElseThrow().source())
                .isEqualTo("application.properties spring.datasource.url");
        assertThat(config.naming()).isEqualTo("spring");
        assertThat(config.hibernateProperties()).isEmpty();
    }

    @Test
    void applicationYmlStrategiesGoToHibernateUnderTheTomlsOwn() throws Exception {
        AutogenConfig config = load(TOML + """
                [hibernate]
                "hibernate.implicit_naming_strategy" = "com.acme.TomlImplicit"
                """, "application.yml", """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: com.acme.MyPhysical
                        implicit-strategy: com.acme.MyImplicit
                """, Map.of());

        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.hibernateProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", "com.acme.MyPhysical",
                "hibernate.implicit_naming_strategy", "com.acme.TomlImplicit"));
    }

    @Test
    void whatAutogenTomlSaysWins() throws Exception {
        AutogenConfig config = load("""
                [database]
                url = "postgresql://u:p@other:5432/app"
                [entities]
                packages = ["com.acme.model"]
                naming = "hibernate"
                [migrations]
                directory = "src/main/java/com/acme/migrations"
                package = "com.acme.migrations"
                """, "application.properties", """
                spring.datasource.url=jdbc:postgresql://db:5432/shop
                spring.jpa.hibernate.naming.physical-strategy=com.acme.MyPhysical
                """, Map.of());

        assertThat(config.databaseUrl()).contains("postgresql://u:p@other:5432/app");
        assertThat(config.naming()).isEqualTo("hibernate");
        assertThat(config.hibernateProperties()).isEmpty();
    }

    @Test
    void anUnsetPlaceholderIsAnErrorNamingTheFileAndKey() throws Exception {
        assertThatThrownBy(() -> load(TOML, "application.properties",
                "spring.datasource.url=${DATABASE_URL}\n", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("spring.datasource.url uses ${DATABASE_URL}, which is not set");
    }
}
