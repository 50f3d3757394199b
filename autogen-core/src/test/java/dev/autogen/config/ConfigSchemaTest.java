package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigSchema} is the one list of what {@code autogen.toml} knows: the reference in
 * {@code docs/configuration.md} and the template {@code autogen init} writes list exactly its
 * sections and keys.
 */
class ConfigSchemaTest {

    private static final Pattern SECTION = Pattern.compile("^## `\\[(\\w+)]`");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("^#? ?(\\w+) = ");
    private static final Pattern TEMPLATE_SECTION = Pattern.compile("^\\[(\\w+)]");

    @Test
    void theReferenceDocumentsExactlyTheDeclaredKeys() throws Exception {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        String section = null;
        for (String line : Files.readAllLines(Path.of("..", "docs", "configuration.md"))) {
            Matcher s = SECTION.matcher(line);
            if (s.find()) {
                section = s.group(1);
                documented.put(section, new ArrayList<>());
            } else if (line.startsWith("## ")) {
                section = null;
            } else if (section != null) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    documented.get(section).add(row.group(1));
                }
            }
        }

        assertThat(documented.keySet()).containsExactlyElementsOf(ConfigSchema.SECTIONS);
        for (String name : ConfigSchema.SECTIONS) {
            assertThat(documented.get(name)).as("[%s] in docs/configuration.md", name)
                    .containsExactlyElementsOf(ConfigSchema.names(name));
        }
    }

    @Test
    void theTemplateOfInitWritesExactlyTheDeclaredKeys() throws Exception {
        Map<String, List<String>> written = new LinkedHashMap<>();
        String section = "";
        for (String line : Files.readAllLines(Path.of("..", "templates", "autogen.toml"))) {
            Matcher s = TEMPLATE_SECTION.matcher(line);
            Matcher key = TEMPLATE_KEY.matcher(line);
            if (s.find()) {
                section = s.group(1);
                written.put(section, new ArrayList<>());
            } else if (key.find() && !section.equals(ConfigSchema.HIBERNATE)) {
                written.get(section).add(key.group(1));
            }
        }

        assertThat(written.keySet()).containsExactlyElementsOf(ConfigSchema.SECTIONS);
        for (String name : ConfigSchema.SECTIONS) {
            assertThat(written.get(name)).as("[%s] in templates/autogen.toml", name)
                    .containsExactlyInAnyOrderElementsOf(ConfigSchema.names(name));
        }
    }

    @Test
    void everyKeyHasAnExampleOfItsOwnKind() throws Exception {
        for (ConfigSchema.Key key : ConfigSchema.KEYS) {
            var node = new com.fasterxml.jackson.dataformat.toml.TomlMapper()
                    .readTree(key.name() + " = " + key.example()).get(key.name());
            assertThat(TomlTable.fits(key.kind(), node)).as("example of %s", key.display()).isTrue();
        }
    }
}
