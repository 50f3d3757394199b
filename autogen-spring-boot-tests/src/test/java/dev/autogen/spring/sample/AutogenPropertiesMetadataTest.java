package dev.autogen.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IDEs complete the starter's properties from the metadata in its jar: every property
 * docs/spring-boot.md lists is there, with a description.
 */
class AutogenPropertiesMetadataTest {

    @Test
    void everyDocumentedPropertyIsInTheMetadataWithADescription() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the starter's configuration metadata").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        List<String> described = new ArrayList<>();
        metadata.get("properties").forEach(p -> {
            if (p.has("description") && !p.get("description").asString().isBlank()) {
                described.add(p.get("name").asString());
            }
        });

        List<String> documented = new ArrayList<>();
        Matcher m = Pattern.compile("^\\| `((?:autogen|management\\.health\\.autogen)\\.[^`]+)`(?:, `([^`]+)`)?"
                + "(?:, `([^`]+)`)?", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("..", "docs", "spring-boot.md")));
        while (m.find()) {
            for (int group = 1; group <= 3; group++) {
                if (m.group(group) != null) {
                    documented.add(m.group(group));
                }
            }
        }

        assertThat(documented).hasSizeGreaterThanOrEqualTo(12).contains("autogen.migrations.package",
                "autogen.baseline-on-start", "autogen.user");
        assertThat(described).containsAll(documented);
    }
}
