package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.NamedAuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

/**
 * The named enum types Hibernate's schema export would create, read from the very statements it
 * would run. An enum mapped with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} (or
 * {@code PostgreSQLEnumJdbcType}) registers an auxiliary database object whose first statement is
 * {@code create type OrderStatus as enum ('NEW','PAID')}: the Java enum's simple name, unquoted (so
 * stored folded, {@code orderstatus}), in the default schema, the values <em>sorted by name</em>
 * (not in ordinal order; Hibernate sorts them) or as an attribute converter writes them. The
 * columns' type is the same unquoted simple name.
 */
final class EnumReader {

    private static final Pattern CREATE = Pattern.compile("(?is)create type (\\S+) as enum \\((.*)\\)\\s*");
    private static final Pattern VALUE = Pattern.compile("'((?:[^']|'')*)'");

    private final Metadata metadata;
    private final Dialect dialect;

    EnumReader(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    /** The enum types by the name as the database stores it ({@code orderstatus}), in name order. */
    Map<String, EnumType> enums() {
        var database = metadata.getDatabase();
        SqlStringGenerationContext context =
                SqlStringGenerationContextImpl.fromExplicit(database.getJdbcEnvironment(), database, null, null);
        Map<String, EnumType> out = new java.util.TreeMap<>();
        for (AuxiliaryDatabaseObject object : database.getAuxiliaryDatabaseObjects()) {
            if (!(object instanceof NamedAuxiliaryDatabaseObject) || !object.appliesToDialect(database.getDialect())) {
                continue;
            }
            String[] create = object.sqlCreateStrings(context);
            Matcher m = create.length == 0 ? null : CREATE.matcher(create[0]);
            if (m == null || !m.matches()) {
                continue;
            }
            NameLimits.enumType(dialect, m.group(1));
            String name = dialect.storedIdentifier(m.group(1));
            out.put(name, new EnumType(new TableName(null, name), values(m.group(2))));
        }
        return out;
    }

    private static List<String> values(String list) {
        List<String> values = new ArrayList<>();
        Matcher v = VALUE.matcher(list);
        while (v.find()) {
            values.add(v.group(1).replace("''", "'"));
        }
        return values;
    }
}
