package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresCatalogQueries.COLUMNS;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.CONSTRAINTS;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.INDEXES;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.SCHEMAS;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.TABLES;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.schema.View;
import dev.autogen.schema.ViewUse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the current schema from {@code pg_catalog} in seven queries, whatever the number of
 * tables ({@link PostgresCatalogQueries}), and builds the records in Java. Types come back
 * canonical ({@code format_type}, with the default precision of time types spelled out by
 * {@link PostgresTypes#withDefaultPrecision}); defaults go through {@link PostgresDefaults};
 * sequences and enum types are read by {@link PostgresSequenceReader}.
 */
final class PostgresIntrospector {

    private final String fallbackSchema;

    /** @param fallbackSchema the default schema when {@code current_schema()} is null (empty search path) */
    PostgresIntrospector(String fallbackSchema) {
        this.fallbackSchema = fallbackSchema;
    }

    Schema introspect(Connection connection, IntrospectionFilter filter) throws SQLException {
        Schemas schemas = schemas(connection, filter);
        Array schemaArray = connection.createArrayOf("text", schemas.existing.toArray());
        List<View> views = new ArrayList<>();
        Map<Long, Draft> drafts = readTables(connection, schemaArray, schemas.current, filter, views);
        readColumns(connection, schemaArray, drafts);
        readConstraints(connection, schemaArray, drafts, schemas.current);
        readIndexes(connection, schemaArray, drafts);
        List<Table> tables = new ArrayList<>(drafts.size());
        for (Draft draft : drafts.values()) {
            tables.add(draft.build());
        }
        List<Sequence> sequences = PostgresSequenceReader.withNextValueDefaults(
                PostgresSequenceReader.read(connection, schemaArray, schemas.current, filter), tables, schemas.current);
        List<EnumType> enums = PostgresSequenceReader.readEnums(connection, schemaArray, schemas.current, filter);
        Schema schema = Schema.of(tables, sequences, enums).withViews(views);
        TreeSet<String> namespaces = new TreeSet<>(schemas.existing);
        namespaces.remove(schemas.current);
        return schema.withNamespaces(namespaces);
    }

    /** The default schema, and the schemas to read that exist (the default one among them if it does). */
    private record Schemas(String current, List<String> existing) {
    }

    private Schemas schemas(Connection connection, IntrospectionFilter filter) throws SQLException {
        TreeSet<String> named = new TreeSet<>(filter.schemas());
        boolean all = named.remove(IntrospectionFilter.ALL_SCHEMAS);
        try (PreparedStatement ps = connection.prepareStatement(SCHEMAS)) {
            ps.setArray(1, connection.createArrayOf("text", named.toArray()));
            ps.setBoolean(2, all);
            ps.setString(3, fallbackSchema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Schemas(rs.getString(1), strings(rs.getArray(2)));
            }
        }
    }

    private static Map<Long, Draft> readTables(Connection connection, Array schemas, String defaultSchema,
                                               IntrospectionFilter filter, List<View> views) throws SQLException {
        Map<Long, Draft> drafts = new LinkedHashMap<>();
        try (PreparedStatement ps = query(connection, TABLES, schemas); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TableName name = tableName(rs.getString(2), rs.getString(3), defaultSchema);
                if (!filter.includes(name)) {
                    continue;
                }
                String kind = rs.getString(5);
                if (kind.equals("v") || kind.equals("m")) {
                    views.add(view(name, kind.equals("m"), rs.getString(6), strings(rs.getArray(7)), defaultSchema));
                } else {
                    Draft draft = new Draft(name);
                    draft.comment = rs.getString(4);
                    drafts.put(rs.getLong(1), draft);
                }
            }
        }
        return drafts;
    }

    /** A view from its {@code pg_get_viewdef} text (without its semicolon) and its flat (schema, relation, column) triples. */
    private static View view(TableName name, boolean materialized, String definition, List<String> uses,
                             String defaultSchema) {
        String text = viewDefinition(definition);
        java.util.SortedSet<ViewUse> reads = new TreeSet<>();
        for (int i = 0; i + 2 < uses.size(); i += 3) {
            reads.add(new ViewUse(tableName(uses.get(i), uses.get(i + 1), defaultSchema), uses.get(i + 2)));
        }
        return new View(name, text, materialized, reads);
    }

    private static void readColumns(Connection connection, Array schemas, Map<Long, Draft> drafts)
            throws SQLException {
        try (PreparedStatement ps = query(connection, COLUMNS, schemas); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Draft draft = drafts.get(rs.getLong(1));
                if (draft == null) {
                    continue;
                }
                String type = PostgresTypes.withDefaultPrecision(rs.getString(3));
                boolean identity = !rs.getString(6).isEmpty();
                boolean generated = !rs.getString(7).isEmpty();
                String defaultValue = identity || generated ? null : PostgresDefaults.normalize(rs.getString(5), type);
                draft.columns.add(new Column(rs.getString(2), type, !rs.getBoolean(4), defaultValue, identity,
                        rs.getString(8), generated ? rs.getString(5) : null));
            }
        }
    }

    private static void readConstraints(Connection connection, Array schemas, Map<Long, Draft> drafts,
                                        String defaultSchema) throws SQLException {
        try (PreparedStatement ps = query(connection, CONSTRAINTS, schemas); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Draft draft = drafts.get(rs.getLong(1));
                if (draft == null) {
                    continue;
                }
                String name = rs.getString(2);
                List<String> columns = strings(rs.getArray(4));
                switch (rs.getString(3)) {
                    case "p" -> draft.primaryKey = new PrimaryKey(name, columns);
                    case "u" -> draft.uniques.add(new UniqueConstraint(name, columns));
                    case "f" -> draft.foreignKeys.add(new ForeignKey(name, columns,
                            tableName(rs.getString(5), rs.getString(6), defaultSchema),
                            strings(rs.getArray(7)), onDelete(rs.getString(8))));
                    case "c" -> draft.checks.add(new CheckConstraint(name, rs.getString(9)));
                    default -> throw new IllegalStateException("unexpected constraint type " + rs.getString(3));
                }
            }
        }
    }

    private static void readIndexes(Connection connection, Array schemas, Map<Long, Draft> drafts)
            throws SQLException {
        try (PreparedStatement ps = query(connection, INDEXES, schemas); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Draft draft = drafts.get(rs.getLong(1));
                if (draft == null) {
                    continue;
                }
                draft.indexes.add(PostgresIndexDefinitions.read(rs, 4, rs.getString(2), rs.getBoolean(3)));
            }
        }
    }

    /** A {@code pg_get_viewdef} text without its surrounding blanks and trailing semicolon. */
    static String viewDefinition(String printed) {
        String text = printed.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    private static ReferentialAction onDelete(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    static TableName tableName(String schema, String name, String defaultSchema) {
        return new TableName(schema.equals(defaultSchema) ? null : schema, name);
    }

    private static PreparedStatement query(Connection connection, String sql, Array schemas) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.setArray(1, schemas);
        return ps;
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    /** A table being assembled from the rows of the queries. */
    private static final class Draft {
        final TableName name;
        final List<Column> columns = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        PrimaryKey primaryKey;
        String comment;

        Draft(TableName name) {
            this.name = name;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        }
    }
}
