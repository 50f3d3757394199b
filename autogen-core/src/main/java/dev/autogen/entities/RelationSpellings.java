package dev.autogen.entities;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.entities.TableUses.Owner;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Table;

/**
 * Two of Hibernate's tables (or a table and a sequence, a view or a named enum type) that the
 * database would store under one name. Hibernate merges two mappings of one table only when it
 * spells their names alike (the same text, ignoring case unless quoted, in the same schema
 * spelling); spelled differently they stay two tables, and its export then runs two
 * {@code create table} of one name (or a {@code create sequence} or {@code create type} of a name
 * a table took: PostgreSQL gives each table a row type of its name). Examples: {@code "orders"} in
 * the default schema and {@code public.orders}; {@code OrderLine} and {@code order_line} under a
 * naming strategy that turns both into {@code order_line}. An error here, naming both.
 */
final class RelationSpellings {

    private final Metadata metadata;
    private final Dialect dialect;
    private final StoredNames names;
    private final TableUses uses;

    RelationSpellings(Metadata metadata, Dialect dialect, String defaultSchema, TableUses uses) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.names = new StoredNames(dialect, defaultSchema);
        this.uses = uses;
    }

    /** @throws AutogenException at the first name two relations share */
    void check() {
        Map<TableName, String> seen = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            tables.addAll(namespace.getTables());
        }
        tables.sort(Comparator.comparing(Table::getExportIdentifier));
        for (Table table : tables) {
            if (table.isPhysicalTable() || table.isView()) {
                claim(seen, names.table(table), (table.isView() ? "view " : "table ") + written(table) + owners(table));
            }
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (var sequence : namespace.getSequences()) {
                var name = sequence.getName();
                claim(seen, names.qualified(name.getSchemaName(), name.getSequenceName()),
                        "sequence " + (name.getSchemaName() == null ? "" : name.getSchemaName() + ".")
                                + name.getSequenceName() + " (@SequenceGenerator or @GeneratedValue)");
            }
        }
        // a type: it shares its name space with the row types of tables and views, not with sequences
        seen.values().removeIf(what -> what.startsWith("sequence "));
        for (String type : new EnumReader(metadata, dialect).enums().keySet()) {
            claim(seen, new TableName(null, type), "enum type " + type + " (a Java enum mapped as a named enum type)");
        }
    }

    private static void claim(Map<TableName, String> seen, TableName name, String what) {
        String previous = seen.putIfAbsent(name, what);
        if (previous != null) {
            throw new AutogenException(previous + " and " + what + " are both stored as " + name
                    + " (one name space for tables, views, sequences and types of a schema); give one of them "
                    + "another name, or spell both alike (the same name and schema) if they are meant to be one table");
        }
    }

    private static String written(Table table) {
        String schema = table.getSchemaIdentifier() == null ? "" : table.getSchemaIdentifier().render() + ".";
        return schema + table.getNameIdentifier().render();
    }

    private String owners(Table table) {
        List<String> labels = uses.owners(table).stream().map(Owner::label).toList();
        return labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")";
    }
}
