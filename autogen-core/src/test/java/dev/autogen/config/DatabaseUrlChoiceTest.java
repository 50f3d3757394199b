package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.workflow.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which URL setting decides (--url, then AUTOGEN_DATABASE_URL, then {@code [database] url}, else the
 * embedded database), and that one given empty is an error naming it, never a fall-through.
 */
class DatabaseUrlChoiceTest {

    private static final String REST = """
            [entities]
            packages = ["a"]
            [migrations]
            directory = "m"
            package = "m"
            """;

    @TempDir
    Path dir;

    private AutogenConfig config(String database, Map<String, String> env) throws Exception {
        Path file = dir.resolve("autogen.toml");
        Files.writeString(file, database + "\n" + REST);
        return AutogenConfig.load(file, env);
    }

    private static Project project(AutogenConfig config, String option, Map<String, String> env) {
        return new Project(config, Project.urlOverride("--url", option, env));
    }

    @Test
    void theFirstSettingGivenDecidesAndNoneMeansTheEmbeddedDatabase() throws Exception {
        AutogenConfig file = config("[database]\nurl = \"postgresql://file/db\"", Map.of());
        Map<String, String> env = Map.of(Project.URL_VARIABLE, "postgresql://env/db");

        assertThat(project(file, "postgresql://option/db", env).databaseUrl().orElseThrow().hosts().get(0).name())
                .isEqualTo("option");
        assertThat(project(file, null, env).databaseUrl().orElseThrow().source()).isEqualTo(Project.URL_VARIABLE);
        assertThat(project(file, null, Map.of()).databaseUrl().orElseThrow().source())
                .isEqualTo("autogen.toml [database] url");
        assertThat(project(config("[database]", Map.of()), null, Map.of()).hasLiveDatabase()).isFalse();
        // an empty variable does not matter when --url is given: it is not read
        assertThat(project(file, "postgresql://option/db", Map.of(Project.URL_VARIABLE, "")).hasLiveDatabase())
                .isTrue();
    }

    @Test
    void aSettingGivenEmptyIsAnErrorNamingIt() throws Exception {
        AutogenConfig none = config("[database]", Map.of());
        for (String empty : new String[] {"", "  ", "\t\n"}) {
            assertThatThrownBy(() -> project(none, null, Map.of(Project.URL_VARIABLE, empty)))
                    .isInstanceOf(AutogenException.class)
                    .hasMessageStartingWith("AUTOGEN_DATABASE_URL is empty; set it to a database URL")
                    .hasMessageEndingWith("or unset it to use autogen.toml [database] url or the embedded PostgreSQL");
            assertThatThrownBy(() -> project(none, empty, Map.of()))
                    .hasMessageStartingWith("--url is empty; give a database URL")
                    .hasMessageEndingWith("or leave --url out to use AUTOGEN_DATABASE_URL, autogen.toml or the "
                            + "embedded PostgreSQL");
        }
        assertThatThrownBy(() -> project(config("[database]\nurl = \"\"", Map.of()), null, Map.of()))
                .hasMessage("autogen.toml [database] url is empty; set it to a database URL, or remove the line "
                        + "to use the embedded PostgreSQL");
        assertThatThrownBy(() -> project(config("[database]\nurl = \"${DB_URL}\"", Map.of("DB_URL", " ")), null,
                Map.of())).hasMessage("autogen.toml [database] url (from ${DB_URL}) is empty; set DB_URL to a "
                + "database URL, or remove the line to use the embedded PostgreSQL");
    }

    @Test
    void anUnsetVariableIsAnErrorNamingItEvenInsideAUrl() {
        assertThatThrownBy(() -> config("[database]\nurl = \"postgresql://app:${DB_PASSWORD}@db/app\"", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("autogen.toml: database.url uses ${DB_PASSWORD}, which is not set; set DB_PASSWORD "
                        + "or change database.url");
    }

    @Test
    void aValueFromAVariableThatCannotBeReadNamesTheVariableAndNeverShowsTheValue() throws Exception {
        AutogenConfig config = config("[database]\nurl = \"${DB_URL}\"",
                Map.of("DB_URL", "postgresql://app:Zq9@Zq9@db/app"));
        assertThatThrownBy(() -> project(config, null, Map.of()))
                .hasMessageStartingWith("autogen.toml [database] url (from ${DB_URL}) holds more than one '@'")
                .hasMessageNotContaining("Zq9");
        AutogenConfig password = config("[database]\nurl = \"postgresql://app:${PW}@db/app\"",
                Map.of("PW", "se@cr/et"));
        assertThatThrownBy(() -> project(password, null, Map.of()))
                .hasMessageStartingWith("autogen.toml [database] url (from ${PW}) has a '/' or '@' in the database name")
                .hasMessageNotContaining("se@cr").hasMessageNotContaining("cr/et");
    }
}
