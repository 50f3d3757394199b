package dev.autogen.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * The name of a table, optionally qualified by a schema; a {@code null} schema means the
 * database's default schema.
 *
 * <pre>{@code TableName.parse("billing.invoice")  // schema "billing", name "invoice"}</pre>
 */
public record TableName(String schema, String name) implements Comparable<TableName> {

    private static final Comparator<TableName> ORDER = Comparator
            .comparing((TableName t) -> t.schema() == null ? "" : t.schema())
            .thenComparing(TableName::name);

    public TableName {
        Objects.requireNonNull(name, "name");
        if (schema != null && schema.isEmpty()) {
            schema = null;
        }
    }

    public static TableName of(String name) {
        return new TableName(null, name);
    }

    /** Reads {@code "table"} or {@code "schema.table"}. */
    public static TableName parse(String qualified) {
        Objects.requireNonNull(qualified, "qualified");
        int dot = qualified.indexOf('.');
        return dot < 0 ? new TableName(null, qualified)
                : new TableName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /** The form {@link #parse} reads back. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }

    @Override
    public int compareTo(TableName other) {
        return ORDER.compare(this, other);
    }
}
