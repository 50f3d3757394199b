package dev.autogen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autogen.AutogenException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parsed {@code autogen.toml}: typed reads of {@code section.key} with {@code ${VAR}} expanded. */
final class TomlTable {

    private final JsonNode toml;
    private final EnvExpander env;
    private final Path file;

    TomlTable(JsonNode toml, EnvExpander env, Path file) {
        this.toml = toml;
        this.env = env;
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Relative paths in the file start at its directory. */
    Path resolve(String path) {
        return file.toAbsolutePath().getParent().resolve(path).normalize();
    }

    String string(String key) {
        JsonNode node = node(key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new AutogenException("autogen.toml: " + key + " must be a string");
        }
        return env.expand(node.asText(), key);
    }

    /** A string value as written, before {@code ${VAR}} expansion; null when absent or not a string. */
    String unexpanded(String key) {
        JsonNode node = node(key);
        return node.isTextual() ? node.asText() : null;
    }

    String required(String key) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            throw new AutogenException(file + ": " + key + " is missing; see `autogen init` for an example");
        }
        return value;
    }

    List<String> strings(String key) {
        JsonNode node = node(key);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new AutogenException("autogen.toml: " + key + " must be a list of strings, e.g. [\"a\", \"b\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            out.add(env.expand(item.asText(), key));
        }
        return out;
    }

    boolean bool(String key, boolean absent) {
        JsonNode node = node(key);
        if (node.isMissingNode()) {
            return absent;
        }
        if (!node.isBoolean()) {
            throw new AutogenException("autogen.toml: " + key + " must be true or false");
        }
        return node.asBoolean();
    }

    /** A whole-number value, or null when absent. */
    Integer seconds(String key, String example) {
        JsonNode node = node(key);
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.canConvertToInt() || node.asInt() < 0) {
            throw new AutogenException("autogen.toml: " + key + " must be a number of seconds, e.g. " + example);
        }
        return node.asInt();
    }

    /** Every key of a section as strings, sorted: {@code [hibernate]}. */
    Map<String, String> section(String name) {
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = toml.path(name).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            out.put(entry.getKey(), env.expand(entry.getValue().asText(), name + "." + entry.getKey()));
        }
        return out;
    }

    private JsonNode node(String key) {
        int dot = key.indexOf('.');
        return toml.path(key.substring(0, dot)).path(key.substring(dot + 1));
    }
}
