package dev.autogen.dialect;

import dev.autogen.schema.TableName;
import java.util.Set;

/**
 * Which tables introspection reports: those of the default schema and of the given schemas, less
 * the excluded tables, such as autogen's own version table.
 */
public record IntrospectionFilter(Set<String> schemas, Set<TableName> excludedTables) {

    public IntrospectionFilter {
        schemas = Set.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    public static IntrospectionFilter defaultSchemaExcept(TableName... excluded) {
        return new IntrospectionFilter(Set.of(), Set.of(excluded));
    }

    public boolean includes(TableName table) {
        return !excludedTables.contains(table);
    }
}
