package dev.autogen.config;

import dev.autogen.diff.TableFilter;
import java.util.List;

/**
 * {@code [schema]}: the schemas autogen reads besides the default one, the tables it manages, and
 * whether the column order of the primary keys and unique constraints the entities spell out
 * counts ({@code strict_key_order}; by default the same column set is the same key).
 */
public record SchemaSettings(List<String> schemas, TableFilter tableFilter, boolean strictKeyOrder) {

    /** The default schema and those the entities name; every table; keys compared as column sets. */
    public static final SchemaSettings ALL = new SchemaSettings(List.of(), TableFilter.ALL, false);

    public SchemaSettings {
        schemas = List.copyOf(schemas);
        tableFilter = tableFilter == null ? TableFilter.ALL : tableFilter;
    }

    public SchemaSettings(List<String> schemas, TableFilter tableFilter) {
        this(schemas, tableFilter, false);
    }

    static SchemaSettings read(TomlTable toml) {
        return new SchemaSettings(schemaNames(toml),
                new TableFilter(globs(toml, "schema.include"), globs(toml, "schema.exclude")),
                toml.bool("schema.strict_key_order", false));
    }

    /** Schema names, each one schema: not a pattern, not qualified. */
    private static List<String> schemaNames(TomlTable toml) {
        List<String> names = toml.strings("schema.schemas");
        for (String name : names) {
            if (name.chars().anyMatch(c -> ".*?%\"".indexOf(c) >= 0)) {
                throw toml.error(ConfigSchema.declared("schema.schemas"), "holds \"" + toml.shown(name)
                        + "\", which is not a schema name; list each schema by its name, "
                        + "e.g. schemas = [\"billing\", \"audit\"] (patterns go in exclude and include)");
            }
        }
        return names;
    }

    /** Globs over {@code name} or {@code schema.name}: {@code *} and {@code ?}, nothing of SQL's LIKE or regex. */
    private static List<String> globs(TomlTable toml, String path) {
        List<String> globs = toml.strings(path);
        for (String glob : globs) {
            if (glob.chars().anyMatch(c -> "%[]{}()|\\^+".indexOf(c) >= 0)) {
                throw toml.error(ConfigSchema.declared(path), "holds \"" + toml.shown(glob)
                        + "\", which uses a character these patterns do not know; they are globs: "
                        + "* for any characters, ? for one, e.g. \"legacy_*\" or \"billing.*\"");
            }
            if (glob.chars().filter(c -> c == '.').count() > 1 || glob.startsWith(".") || glob.endsWith(".")) {
                throw toml.error(ConfigSchema.declared(path), "holds \"" + toml.shown(glob)
                        + "\"; a pattern is NAME or SCHEMA.NAME, e.g. \"flyway_schema_history\" or \"legacy.*\"");
            }
        }
        return globs;
    }
}
