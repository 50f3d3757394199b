package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresCatalogQueries.ENUMS;
import static dev.autogen.dialect.postgres.PostgresCatalogQueries.SEQUENCES;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sequences of the given schemas in one query ({@link PostgresCatalogQueries#SEQUENCES}),
 * with the column that owns each ({@code serial}), leaving out those of identity columns: they come
 * and go with their column; and their enum types in another ({@link PostgresCatalogQueries#ENUMS}).
 * {@link #withNextValueDefaults} then records, from the column defaults already read, how a default
 * takes each sequence's next value.
 */
final class PostgresSequenceReader {

    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");

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
                    Sequence.Owner owner = rs.getString(6) == null ? null : new Sequence.Owner(
                            PostgresIntrospector.tableName(rs.getString(5), rs.getString(6), defaultSchema),
                            rs.getString(7));
                    // an owned sequence comes and goes with its table, excluded with it
                    if (filter.includes(name) && (owner == null || filter.includes(owner.table()))) {
                        sequences.add(new Sequence(name, rs.getLong(3), rs.getLong(4), owner, null));
                    }
                }
            }
        }
        return sequences;
    }

    /**
     * The sequences with {@link Sequence#nextValueDefault()} set for those a column default
     * ({@code nextval('users_id_seq'::regclass)}, as {@code pg_get_expr} prints it) takes values from.
     */
    static List<Sequence> withNextValueDefaults(List<Sequence> sequences, List<Table> tables, String defaultSchema) {
        Map<TableName, String> used = new HashMap<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                TableName sequence = nextValueOf(column.defaultValue(), defaultSchema);
                if (sequence != null) {
                    used.putIfAbsent(sequence, column.defaultValue());
                }
            }
        }
        List<Sequence> out = new ArrayList<>(sequences.size());
        for (Sequence s : sequences) {
            String expression = used.get(s.name());
            out.add(expression == null ? s : new Sequence(s.name(), s.start(), s.increment(), s.owner(), expression));
        }
        return out;
    }

    /**
     * The sequence a default draws from when it is exactly {@code nextval('<name>'::regclass)}, the
     * name as {@code regclass} prints it (qualified when its schema is not on the search path,
     * identifiers quoted when they need it); else {@code null}.
     */
    static TableName nextValueOf(String defaultValue, String defaultSchema) {
        if (defaultValue == null) {
            return null;
        }
        Matcher m = NEXTVAL.matcher(defaultValue);
        if (!m.matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String text = m.group(1).replace("''", "'");
        int i = 0;
        while (i < text.length()) {
            StringBuilder part = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (i < text.length()) {
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            part.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    part.append(text.charAt(i++));
                }
            } else {
                while (i < text.length() && text.charAt(i) != '.') {
                    part.append(text.charAt(i++));
                }
            }
            parts.add(part.toString());
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
            }
        }
        return switch (parts.size()) {
            case 1 -> new TableName(null, parts.get(0));
            case 2 -> PostgresIntrospector.tableName(parts.get(0), parts.get(1), defaultSchema);
            default -> null;
        };
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
