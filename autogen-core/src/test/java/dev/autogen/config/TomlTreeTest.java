package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tree of a TOML document read from the parser's tokens is the one {@code TomlMapper.readTree} gives. */
class TomlTreeTest {

    private static final String EVERY_KIND = """
            title = "autogen"
            literal = 'C:\\\\temp'
            multi = \"""
            two
            lines\"""
            small = 42
            negative = -7
            large = 9000000000
            huge = 123456789012345678901234567890
            hex = 0xff
            decimal = 1.50
            exponent = 6.02e23
            infinite = inf
            not_a_number = nan
            yes = true
            no = false
            date = 2026-12-03
            time = 20:25:00
            local = 2026-12-03T20:25:00
            offset = 2026-12-03T20:25:00Z
            list = ["a", 1, 2.5, true, [3]]
            inline = { a = 1, b = { c = "d" } }
            dotted.key = "x"

            [database]
            url = "${AUTOGEN_URL}"

            [hibernate]
            "hibernate.jdbc.batch_size" = 20

            [[tables]]
            name = "one"

            [[tables]]
            name = "two"
            """;

    @Test
    void everyKindOfValueBecomesTheNodeReadTreeMakes() throws Exception {
        JsonNode expected = readTree(EVERY_KIND);

        JsonNode tree = TomlTree.parse(EVERY_KIND);

        assertThat(tree).isEqualTo(expected);
        assertThat(describe(tree)).containsExactlyElementsOf(describe(expected));
        assertThat(tree.get("decimal").asText()).isEqualTo(expected.get("decimal").asText());
        assertThat(tree.get("date").isPojo()).isTrue();
    }

    @Test
    void anEmptyDocumentIsAnEmptyTable() throws Exception {
        assertThat(TomlTree.parse("")).isEqualTo(readTree("")).isEmpty();
        assertThat(TomlTree.parse("# only a comment\n")).isEqualTo(readTree("# only a comment\n"));
    }

    @Test
    void aSyntaxErrorIsTheParsersOwnAsReadTreeThrowsIt() {
        for (String broken : List.of("a = ", "a = 1\na = 2", "[s]\n[s]", "key = \"unterminated", "= 1")) {
            Throwable expected = org.assertj.core.api.Assertions.catchThrowable(() -> readTree(broken));
            assertThatThrownBy(() -> TomlTree.parse(broken)).as(broken).isInstanceOf(JsonProcessingException.class)
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        }
    }

    private static JsonNode readTree(String text) throws Exception {
        return TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build().readTree(text);
    }

    /** Every node by its path, with its class and text: equality alone would let 1.50 pass for 1.5. */
    private static List<String> describe(JsonNode root) {
        List<String> out = new ArrayList<>();
        describe("", root, out);
        return out;
    }

    private static void describe(String path, JsonNode node, List<String> out) {
        out.add(path + " " + node.getClass().getSimpleName() + " " + (node.isContainerNode() ? "" : node.asText()));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                describe(path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                describe(path + "[" + i + "]", node.get(i), out);
            }
        }
    }
}
