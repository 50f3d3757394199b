package dev.autogen.dialect.postgres;

import static dev.autogen.dialect.postgres.PostgresIdentifiers.inSchemaOf;
import static dev.autogen.dialect.postgres.PostgresIdentifiers.literal;
import static dev.autogen.dialect.postgres.PostgresIdentifiers.qualified;
import static dev.autogen.dialect.postgres.PostgresIdentifiers.quote;

import dev.autogen.operation.AlterEnum;
import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of enum types: create, add values in place, or recreate and convert the columns that use them. */
final class PostgresEnumSql {

    private PostgresEnumSql() {
    }

    static List<String> addValues(EnumType from, EnumType to) {
        List<String> sql = new ArrayList<>();
        List<String> values = to.values();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (from.values().contains(value)) {
                continue;
            }
            String add = "ALTER TYPE " + qualified(to.name()) + " ADD VALUE IF NOT EXISTS " + literal(value);
            boolean last = values.subList(i + 1, values.size()).stream().noneMatch(from.values()::contains);
            if (!last) {
                add += i == 0 ? " BEFORE " + literal(from.values().get(0)) : " AFTER " + literal(values.get(i - 1));
            }
            sql.add(add);
        }
        return sql;
    }

    static List<String> recreate(AlterEnum op) {
        TableName name = op.to().name();
        String oldName = name.name() + "_old";
        String old = inSchemaOf(name, oldName);
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TYPE " + qualified(name) + " RENAME TO " + quote(oldName));
        sql.add(createType(name, op.to().values()));
        java.util.Map<TableName, List<String>> clauses = new java.util.TreeMap<>();
        for (EnumColumn column : op.columns()) {
            String c = "ALTER COLUMN " + quote(column.column()) + " ";
            List<String> table = clauses.computeIfAbsent(column.table(), t -> new ArrayList<>());
            if (column.defaultValue() != null) {
                table.add(c + "DROP DEFAULT");
            }
            table.add(c + "TYPE " + qualified(name) + " USING " + quote(column.column()) + "::text::" + qualified(name));
            if (column.defaultValue() != null) {
                table.add(c + "SET DEFAULT " + column.defaultValue());
            }
        }
        clauses.forEach((table, parts) -> sql.add(PostgresRenderer.alterTable(table) + String.join(", ", parts)));
        sql.add(EnumCasts.move(old, qualified(name)));
        sql.add("DROP TYPE " + old);
        return sql;
    }

    static String createType(TableName name, List<String> values) {
        return "CREATE TYPE " + qualified(name) + " AS ENUM ("
                + values.stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
    }
}
