package dev.autogen.config;

import dev.autogen.diff.TableFilter;
import java.util.List;

/** {@code [schema]}: the schemas autogen reads besides the default one, and the tables it manages. */
public record SchemaSettings(List<String> schemas, TableFilter tableFilter) {

    /** The default schema and those the entities name; every table. */
    public static final SchemaSettings ALL = new SchemaSettings(List.of(), TableFilter.ALL);

    public SchemaSettings {
        schemas = List.copyOf(schemas);
        tableFilter = tableFilter == null ? TableFilter.ALL : tableFilter;
    }

    static SchemaSettings read(TomlTable toml) {
        return new SchemaSettings(toml.strings("schema.schemas"),
                new TableFilter(toml.strings("schema.include"), toml.strings("schema.exclude")));
    }
}
