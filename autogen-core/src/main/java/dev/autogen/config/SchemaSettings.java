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
        return new SchemaSettings(toml.strings("schema.schemas"),
                new TableFilter(toml.strings("schema.include"), toml.strings("schema.exclude")),
                toml.bool("schema.strict_key_order", false));
    }
}
