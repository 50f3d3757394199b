package dev.autogen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autogen.AutogenException;
import dev.autogen.config.ConfigSchema.Key;
import dev.autogen.config.ConfigSchema.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parsed {@code autogen.toml}, checked against {@link ConfigSchema} when made (an unknown
 * section or key, or a value of the wrong kind, is an error naming the file, the key and what to
 * write), and typed reads of {@code section.key} with {@code ${VAR}} expanded.
 */
final class TomlTable {

    private final JsonNode toml;
    private final EnvExpander env;
    private final Path file;
    private final TomlText text;
    /** Values that {@code ${VAR}} made, and the text they were written as: messages show only the latter. */
    private final Map<String, String> expanded = new java.util.HashMap<>();

    TomlTable(JsonNode toml, EnvExpander env, Path file, TomlText text) {
        this.toml = toml;
        this.env = env;
        this.file = file;
        this.text = text;
        new TomlChecks(this).check();
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return toml;
    }

    /** Relative paths in the file start at its directory. */
    Path resolve(String path) {
        return file.toAbsolutePath().getParent().resolve(path).normalize();
    }

    /** The directory of the file. */
    Path baseDirectory() {
        return file.toAbsolutePath().getParent().normalize();
    }

    /** An error about {@code [section] key}: {@code FILE, line N: [section] key WHAT}. */
    AutogenException error(Key key, String what) {
        return new AutogenException(at(key.section(), key.name()) + key.display() + " " + what);
    }

    /** {@code FILE, line N: } where {@code key} is written in {@code section}, or {@code FILE: }. */
    String at(String section, String key) {
        return file + text.lineOf(section, key).stream().mapToObj(line -> ", line " + line).findFirst().orElse("")
                + ": ";
    }

    /** {@code FILE, line N: } at the header of {@code section}, or {@code FILE: }. */
    String at(String section) {
        return file + text.lineOf(section).stream().mapToObj(line -> ", line " + line).findFirst().orElse("") + ": ";
    }

    /** A string value as written, before {@code ${VAR}} expansion; null when absent or not a string. */
    String unexpanded(String path) {
        JsonNode node = node(ConfigSchema.declared(path));
        return node.isTextual() ? node.asText() : null;
    }

    String string(String path) {
        Key key = ConfigSchema.declared(path);
        JsonNode node = node(key);
        return node.isMissingNode() ? null : expand(node.asText(), path);
    }

    /**
     * A value as a message may show it: as written in the file, so that what {@code ${VAR}}
     * expanded to (a password, perhaps) is never printed.
     */
    String shown(String value) {
        return expanded.getOrDefault(value, value);
    }

    private String expand(String written, String path) {
        String value = env.expand(written, path);
        if (!value.equals(written)) {
            expanded.put(value, written);
            expanded.put(value.strip(), written);
        }
        return value;
    }

    String required(String path) {
        String value = string(path);
        if (value == null || value.isBlank()) {
            Key key = ConfigSchema.declared(path);
            throw new AutogenException(file + ": " + key.display() + " is missing; add " + key.name() + " = "
                    + key.example() + " under [" + key.section() + "] (`autogen init` writes an example)");
        }
        return value;
    }

    /** The strings of a list; an empty or blank one is an error. */
    List<String> strings(String path) {
        Key key = ConfigSchema.declared(path);
        List<String> out = new ArrayList<>();
        for (JsonNode item : node(key)) {
            String value = expand(item.asText(), path);
            if (value.isBlank()) {
                throw error(key, "holds an empty string; remove it, or write e.g. " + key.name() + " = "
                        + key.example());
            }
            out.add(value.strip());
        }
        return out;
    }

    boolean bool(String path, boolean absent) {
        JsonNode node = node(ConfigSchema.declared(path));
        return node.isMissingNode() ? absent : node.asBoolean();
    }

    /** A whole number of seconds, or null when absent. */
    Integer seconds(String path) {
        JsonNode node = node(ConfigSchema.declared(path));
        return node.isMissingNode() ? null : node.asInt();
    }

    /** One of the key's choices as written (the first, its default, when absent), compared ignoring case. */
    String choice(String path) {
        Key key = ConfigSchema.declared(path);
        String value = string(path);
        if (value == null) {
            return key.choices().get(0);
        }
        String chosen = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!key.choices().contains(chosen)) {
            throw error(key, "= \"" + shown(value) + "\" is unknown; "
                    + DidYouMean.closest(chosen, key.choices()).map(c -> "did you mean \"" + c + "\"? ").orElse("")
                    + "use " + key.expected());
        }
        return chosen;
    }

    /**
     * Every key of {@code [hibernate]} as strings, sorted; a dotted key written bare
     * ({@code hibernate.default_schema = "app"}) reads as the quoted one.
     */
    Map<String, String> hibernate() {
        Map<String, String> out = new TreeMap<>();
        flatten("", toml.path(ConfigSchema.HIBERNATE), out);
        return out;
    }

    private void flatten(String prefix, JsonNode table, Map<String, String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = prefix + entry.getKey();
            if (entry.getValue().isObject()) {
                flatten(name + ".", entry.getValue(), out);
            } else {
                out.put(name, env.expand(entry.getValue().asText(), ConfigSchema.HIBERNATE + "." + name));
            }
        }
    }

    private JsonNode node(Key key) {
        return toml.path(key.section()).path(key.name());
    }

    /** Whether a value is what {@code kind} takes; {@link TomlChecks} has checked every one before any read. */
    static boolean fits(Kind kind, JsonNode node) {
        return switch (kind) {
            case STRING, CHOICE -> node.isTextual();
            case STRING_LIST -> node.isArray() && allTextual(node);
            case BOOLEAN -> node.isBoolean();
            case SECONDS, COUNT -> node.isIntegralNumber() && node.canConvertToInt() && node.asInt() >= 0;
        };
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
