package dev.autogen.dialect;

import dev.autogen.schema.TableName;
import java.util.Set;

/**
 * Which tables introspection reports: those of the default schema and of the given schemas
 * ({@link #ALL_SCHEMAS} among them means every schema but the system's), less the excluded
 * tables, such as autogen's own version table.
 */
public record IntrospectionFilter(Set<String> schemas, Set<TableName> excludedTables) {

    /** In {@link #schemas()}: every schema that is not PostgreSQL's own ({@code pg_*}, {@code information_schema}). */
    public static final String ALL_SCHEMAS = "*";

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
