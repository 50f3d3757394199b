package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresCatalogQueries.ENUMS;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.SEQUENCES;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sequences of the given schemas in one query ({@link PostgresCatalogQueries#SEQUENCES}),
 * leaving out those that belong to an identity or serial column: they come and go with their column;
 * and their enum types in another ({@link PostgresCatalogQueries#ENUMS}).
 */
final class PostgresSequenceReader {

    private PostgresSequenceReader() {
    }

    static List<Sequence> read(Connection connection, Array schemas, String defaultSchema,
                               IntrospectionFilter filter) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SEQUENCES)) {
            ps.setArray(1, schemas);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableName name = PostgresIntrospector.tableName(rs.getString(1), rs.getString(2), defaultSchema);
                    if (filter.includes(name)) {
                        sequences.add(new Sequence(name, rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
        }
        return sequences;
    }

    static List<EnumType> readEnums(Connection connection, Array schemas, String defaultSchema,
                                    IntrospectionFilter filter) throws SQLException {
        List<EnumType> enums = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(ENUMS)) {
            ps.setArray(1, schemas);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableName name = PostgresIntrospector.tableName(rs.getString(1), rs.getString(2), defaultSchema);
                    if (filter.includes(name)) {
                        enums.add(new EnumType(name, PostgresIntrospector.strings(rs.getArray(3))));
                    }
                }
            }
        }
        return enums;
    }
}
