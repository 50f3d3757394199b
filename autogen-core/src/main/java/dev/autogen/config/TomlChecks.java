package dev.autogen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autogen.AutogenException;
import dev.autogen.config.ConfigSchema.Key;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks of {@code autogen.toml} against {@link ConfigSchema}: every section and key known
 * (else "did you mean"), every value of the kind its key takes. Values are never echoed, so that
 * nothing read from the file or the environment (a password) is printed.
 */
final class TomlChecks {

    private final TomlTable toml;

    TomlChecks(TomlTable toml) {
        this.toml = toml;
    }

    void check() {
        for (Iterator<Map.Entry<String, JsonNode>> it = toml.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (!ConfigSchema.SECTIONS.contains(name)) {
                throw value.isObject() ? unknownSection(name) : outsideAnySection(name);
            }
            if (!value.isObject()) {
                throw new AutogenException(toml.at("", name) + name + " must be a section: write [" + name
                        + "] on a line of its own, with its keys below it");
            }
            if (name.equals(ConfigSchema.HIBERNATE)) {
                checkHibernate("", value);
            } else {
                checkSection(name, value);
            }
        }
    }

    private void checkSection(String section, JsonNode table) {
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Optional<Key> key = ConfigSchema.key(section, entry.getKey());
            if (key.isEmpty()) {
                throw unknownKey(section, entry.getKey());
            }
            if (!TomlTable.fits(key.get().kind(), entry.getValue())) {
                throw toml.error(key.get(), "must be " + key.get().expected() + ", not " + found(entry.getValue())
                        + "; write e.g. " + key.get().name() + " = " + key.get().example());
            }
        }
    }

    /** Hibernate's properties are strings, numbers or booleans; a bare dotted key is a nested table. */
    private void checkHibernate(String prefix, JsonNode table) {
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                checkHibernate(prefix + entry.getKey() + ".", value);
            } else if (!value.isValueNode() || value.isPojo()) {
                String name = prefix + entry.getKey();
                throw new AutogenException(toml.at(ConfigSchema.HIBERNATE, name) + "[hibernate] \"" + name
                        + "\" must be a string, a number or true/false, not " + found(value)
                        + "; Hibernate reads its properties as text");
            }
        }
    }

    private AutogenException unknownSection(String name) {
        String sections = ConfigSchema.SECTIONS.stream().map(s -> "[" + s + "]").collect(Collectors.joining(", "));
        String hint = DidYouMean.closest(name, ConfigSchema.SECTIONS).map(s -> "did you mean [" + s + "]? ")
                .orElse("remove it; ");
        return new AutogenException(toml.at(name) + "unknown section [" + name + "]; " + hint
                + "autogen.toml has " + sections);
    }

    private AutogenException outsideAnySection(String name) {
        Optional<Key> elsewhere = ConfigSchema.KEYS.stream().filter(k -> k.name().equals(name)).findFirst();
        String where = toml.at("", name);
        if (elsewhere.isPresent()) {
            return new AutogenException(where + name + " is outside any section; put it under ["
                    + elsewhere.get().section() + "]");
        }
        return new AutogenException(where + "unknown key " + name + " outside any section; keys go under "
                + ConfigSchema.SECTIONS.stream().map(s -> "[" + s + "]").collect(Collectors.joining(", ")));
    }

    private AutogenException unknownKey(String section, String name) {
        List<String> known = ConfigSchema.names(section);
        String where = toml.at(section, name);
        Optional<Key> elsewhere = ConfigSchema.KEYS.stream().filter(k -> k.name().equals(name)).findFirst();
        if (elsewhere.isPresent()) {
            return new AutogenException(where + "unknown key " + name + " in [" + section + "]; it belongs in ["
                    + elsewhere.get().section() + "]: move it there");
        }
        String hint = DidYouMean.closest(name, known).map(k -> "did you mean " + k + "? ").orElse("remove it; ");
        return new AutogenException(where + "unknown key " + name + " in [" + section + "]; " + hint + "["
                + section + "] takes " + String.join(", ", known));
    }

    /** What a value is, as a message names it: {@code a string}, {@code a list holding a number}. */
    static String found(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isIntegralNumber()) {
            return !node.canConvertToInt() ? "a number that large" : node.asInt() < 0 ? "a negative number"
                    : "a number";
        }
        if (node.isNumber()) {
            return "a decimal number";
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    return "a list holding " + found(item);
                }
            }
            return "a list";
        }
        if (node.isObject()) {
            return "a table";
        }
        return "a date or time";
    }
}
