package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.TableName;
import java.util.List;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Names as the database stores them: Hibernate's identifiers folded the way the dialect folds
 * unquoted ones, and the default schema (the dialect's, or {@code hibernate.default_schema} for
 * unqualified names) written as {@code null}.
 */
final class StoredNames {

    private final Dialect dialect;
    private final String defaultSchema;

    /** @param defaultSchema {@code hibernate.default_schema}, which Hibernate applies only when it writes SQL */
    StoredNames(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema == null || defaultSchema.isBlank() ? null
                : dialect.storedIdentifier(defaultSchema.strip());
    }

    /** A table's or a sequence's name; {@code schema} may be {@code null} (unqualified). */
    TableName qualified(Identifier schema, Identifier name) {
        String stored = schema == null ? defaultSchema : stored(schema);
        if (stored != null && stored.equals(dialect.defaultSchema())) {
            stored = null;
        }
        return new TableName(stored, stored(name));
    }

    TableName table(org.hibernate.mapping.Table table) {
        return qualified(table.getSchemaIdentifier(), table.getNameIdentifier());
    }

    String column(org.hibernate.mapping.Column column) {
        return column.isQuoted() ? unescaped(column.getName()) : dialect.storedIdentifier(column.getName());
    }

    List<String> columns(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(this::column).toList();
    }

    /** A constraint or index name, which Hibernate writes into DDL unquoted. */
    String constraint(String name) {
        return dialect.storedIdentifier(name);
    }

    String stored(Identifier identifier) {
        return identifier.isQuoted() ? unescaped(identifier.getText()) : dialect.storedIdentifier(identifier.getText());
    }

    /**
     * The text of a quoted name as the database stores it: Hibernate writes it between quotes as
     * it is, so a double quote in a name is written doubled ({@code @Column(name = "\"a\"\"b\"")}
     * is the column {@code a"b}).
     */
    static String unescaped(String quotedText) {
        return quotedText.replace("\"\"", "\"");
    }
}
