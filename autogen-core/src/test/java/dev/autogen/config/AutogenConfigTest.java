package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.schema.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutogenConfigTest {

    @TempDir
    Path dir;

    private AutogenConfig load(String toml, Map<String, String> env) throws Exception {
        Path file = dir.resolve("autogen.toml");
        Files.writeString(file, toml);
        return AutogenConfig.load(file, env);
    }

    @Test
    void readsEveryKeyResolvingPathsAgainstTheFile() throws Exception {
        AutogenConfig config = load("""
                [database]
                url = "${DATABASE_URL}"
                [entities]
                packages = ["com.acme.model"]
                classpath = ["target/classes", "lib/extra.jar"]
                [migrations]
                directory = "src/main/java/com/acme/migrations"
                package = "com.acme.migrations"
                [schema]
                schemas = ["billing"]
                exclude = ["flyway_schema_history"]
                [hibernate]
                "hibernate.default_schema" = "app"
                """, Map.of("DATABASE_URL", "postgresql://u:p@db:5432/app"));

        assertThat(config.databaseUrl()).contains("postgresql://u:p@db:5432/app");
        assertThat(config.entityPackages()).containsExactly("com.acme.model");
        assertThat(config.classpath()).containsExactly(dir.resolve("target/classes"), dir.resolve("lib/extra.jar"));
        assertThat(config.migrationsDirectory()).isEqualTo(dir.resolve("src/main/java/com/acme/migrations"));
        assertThat(config.versionTable()).isEqualTo("autogen_version");
        assertThat(config.schemas()).containsExactly("billing");
        assertThat(config.tableFilter().manages(TableName.of("flyway_schema_history"))).isFalse();
        assertThat(config.hibernateProperties()).containsEntry("hibernate.default_schema", "app");
    }

    @Test
    void concurrentIndexesAreOffUnlessTurnedOn() throws Exception {
        String base = """
                [entities]
                packages = ["a"]
                [migrations]
                directory = "m"
                package = "m"
                """;

        assertThat(load(base, Map.of()).concurrentIndexes()).isFalse();
        assertThat(load(base + "concurrent_indexes = true\n", Map.of()).concurrentIndexes()).isTrue();
        assertThatThrownBy(() -> load(base + "concurrent_indexes = \"yes\"\n", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessage(dir.resolve("autogen.toml") + ", line 6: [migrations] concurrent_indexes must be true or "
                        + "false, not a string; write e.g. concurrent_indexes = true");
    }

    @Test
    void theSafetyPolicyIsSimpleUnlessOnlineIsWrittenWithItsLockTimeoutAndRetries() throws Exception {
        String base = """
                [entities]
                packages = ["a"]
                [migrations]
                directory = "m"
                package = "m"
                """;

        AutogenConfig plain = load(base, Map.of());
        AutogenConfig online = load(base + "safety = \"Online\"\nddl_lock_timeout = 2\nlock_retries = 0\n", Map.of());

        assertThat(plain.onlineMigrations()).isFalse();
        assertThat(plain.ddlLockTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(plain.lockRetries()).isEqualTo(3);
        assertThat(online.onlineMigrations()).isTrue();
        assertThat(online.ddlLockTimeout()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(online.lockRetries()).isZero();
        assertThatThrownBy(() -> load(base + "safety = \"onlne\"\n", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("[migrations] safety = \"onlne\" is unknown; did you mean \"online\"?");
    }

    @Test
    void keyOrderCountsOnlyWhenStrictKeyOrderIsOn() throws Exception {
        String base = """
                [entities]
                packages = ["a"]
                [migrations]
                directory = "m"
                package = "m"
                [schema]
                """;

        assertThat(load(base, Map.of()).strictKeyOrder()).isFalse();
        assertThat(load(base + "strict_key_order = true\n", Map.of()).strictKeyOrder()).isTrue();
        assertThatThrownBy(() -> load(base + "strict_key_order = 1\n", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessage(dir.resolve("autogen.toml") + ", line 7: [schema] strict_key_order must be true or "
                        + "false, not a number; write e.g. strict_key_order = true");
    }

    @Test
    void theTemplateOfInitReadsWithEveryKeyTurnedOn() throws Exception {
        String template = Files.readString(Path.of("..", "templates", "autogen.toml"))
                .replace("# strict_key_order = false", "strict_key_order = true")
                .replace("{{entities_package}}", "com.acme.model").replace("{{migrations_directory}}", "m")
                .replace("{{migrations_package}}", "m");

        assertThat(load(template, Map.of("DATABASE_URL", "postgresql://u:p@db:5432/app")).strictKeyOrder()).isTrue();
    }

    @Test
    void anUnsetVariableIsAClearError() {
        assertThatThrownBy(() -> load("""
                [database]
                url = "${DATABASE_URL}"
                [entities]
                packages = ["a"]
                [migrations]
                directory = "m"
                package = "m"
                """, Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("autogen.toml: database.url uses ${DATABASE_URL}, which is not set; set DATABASE_URL "
                        + "or change database.url");
    }

    @Test
    void missingKeysAndBrokenTomlSayWhatToDo() {
        assertThatThrownBy(() -> load("[entities]\npackages = []\n", Map.of()))
                .hasMessageContaining("[entities] packages is missing");
        assertThatThrownBy(() -> load("[entities\npackages = [\"a\"]\n", Map.of()))
                .isInstanceOf(AutogenException.class).hasMessageContaining(", line 1, column 10: not valid TOML");
        assertThatThrownBy(() -> AutogenConfig.load(dir.resolve("nope.toml"), Map.of()))
                .hasMessageContaining("run `autogen init` to create one");
    }

    @Test
    void databaseUrlsOfBothFormsAndNoPasswordInTheirText() {
        DatabaseUrl pg = DatabaseUrl.parse("postgresql://app:s3cret%40x@db.local:5433/shop?sslmode=disable");
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://db.local/shop?user=app&password=s3cret");

        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/shop?sslmode=disable");
        assertThat(pg.user()).isEqualTo("app");
        assertThat(pg.password()).isEqualTo("s3cret@x");
        assertThat(pg.toString()).doesNotContain("s3cret").contains("db.local:5433/shop");
        assertThat(jdbc.toString()).doesNotContain("s3cret").isEqualTo("jdbc:postgresql://db.local/shop as app");
        assertThat(jdbc.password()).isEqualTo("s3cret");
        assertThat(DatabaseUrl.redact("postgres://u:pw@h/d")).isEqualTo("postgres://u:***@h/d");
        assertThat(List.of(DatabaseUrl.parse("postgres://h/d").jdbcUrl())).containsExactly("jdbc:postgresql://h/d");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@h/d"))
                .isInstanceOf(AutogenException.class).hasMessageNotContaining("topsecret");
    }
}
