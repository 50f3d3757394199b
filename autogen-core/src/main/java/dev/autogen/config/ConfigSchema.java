package dev.autogen.config;

import java.util.List;
import java.util.Optional;

/**
 * Every section and key {@code autogen.toml} knows, with the kind of value each takes: the one
 * declaration that reading the file, its error messages, {@code docs/configuration.md} and the
 * template {@code autogen init} writes are checked against. A section or key not declared here is
 * an error; {@code [hibernate]} is open (Hibernate's own properties, passed through).
 *
 * <pre>{@code ConfigSchema.key("schema", "exclude")  // Optional[[schema] exclude, a list of strings]}</pre>
 */
final class ConfigSchema {

    /** The section whose keys are Hibernate's, not autogen's. */
    static final String HIBERNATE = "hibernate";

    /** The sections in the order the file and the docs list them. */
    static final List<String> SECTIONS = List.of("database", "entities", "migrations", "schema", HIBERNATE);

    /** The kind of value a key takes, as an error message names it. */
    enum Kind {
        STRING("a string"),
        STRING_LIST("a list of strings"),
        BOOLEAN("true or false"),
        SECONDS("a whole number of seconds, 0 or more"),
        COUNT("a whole number, 0 or more"),
        CHOICE("one of");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /**
     * One key: its section, its name, the kind of value, and a value to show in messages.
     *
     * @param choices the values a {@link Kind#CHOICE} takes (the first is the default), else empty
     */
    record Key(String section, String name, Kind kind, String example, List<String> choices) {

        /** As the reader asks for it: {@code schema.exclude}. */
        String path() {
            return section + "." + name;
        }

        /** As a user reads it: {@code [schema] exclude}. */
        String display() {
            return "[" + section + "] " + name;
        }

        /** What the value must be: {@code a list of strings} or {@code one of "a", "b"}. */
        String expected() {
            return kind == Kind.CHOICE ? kind.description + " \"" + String.join("\", \"", choices) + "\""
                    : kind.description;
        }
    }

    static final List<Key> KEYS = List.of(
            key("database", "url", Kind.STRING, "\"${DATABASE_URL}\""),
            key("database", "dev_database", Kind.STRING, "\"testcontainers:postgres:17\""),
            key("entities", "packages", Kind.STRING_LIST, "[\"com.acme.model\"]"),
            key("entities", "classpath", Kind.STRING_LIST, "[\"target/classes\"]"),
            choice("entities", "naming", "hibernate", "spring"),
            choice("entities", "constraint_names", "hibernate", "readable"),
            key("migrations", "directory", Kind.STRING, "\"src/main/java/com/acme/migrations\""),
            key("migrations", "package", Kind.STRING, "\"com.acme.migrations\""),
            key("migrations", "version_table", Kind.STRING, "\"autogen_version\""),
            key("migrations", "lock_timeout", Kind.SECONDS, "60"),
            choice("migrations", "safety", "simple", "online"),
            key("migrations", "ddl_lock_timeout", Kind.SECONDS, "5"),
            key("migrations", "lock_retries", Kind.COUNT, "3"),
            key("migrations", "concurrent_indexes", Kind.BOOLEAN, "true"),
            key("schema", "schemas", Kind.STRING_LIST, "[\"billing\"]"),
            key("schema", "exclude", Kind.STRING_LIST, "[\"flyway_schema_history\", \"legacy.*\"]"),
            key("schema", "include", Kind.STRING_LIST, "[\"app_*\"]"),
            key("schema", "strict_key_order", Kind.BOOLEAN, "true"));

    private ConfigSchema() {
    }

    /** The declared key, if {@code name} is one of {@code section}'s. */
    static Optional<Key> key(String section, String name) {
        return KEYS.stream().filter(k -> k.section().equals(section) && k.name().equals(name)).findFirst();
    }

    /** The keys of one section, in declaration order. */
    static List<String> names(String section) {
        return KEYS.stream().filter(k -> k.section().equals(section)).map(Key::name).toList();
    }

    /** The key the reader asks for by {@code section.name}; asking for an undeclared one is a bug. */
    static Key declared(String path) {
        int dot = path.indexOf('.');
        return key(path.substring(0, dot), path.substring(dot + 1))
                .orElseThrow(() -> new IllegalStateException(path + " is not declared in ConfigSchema.KEYS"));
    }

    private static Key key(String section, String name, Kind kind, String example) {
        return new Key(section, name, kind, example, List.of());
    }

    private static Key choice(String section, String name, String... choices) {
        return new Key(section, name, Kind.CHOICE, "\"" + choices[0] + "\"", List.of(choices));
    }
}
