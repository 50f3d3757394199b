package dev.autogen.entities;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.entities.TableUses.Owner;
import dev.autogen.entities.TableUses.Use;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Every name the entities give the database fits the dialect's identifier limit
 * ({@link Dialect#maxIdentifierBytes()}, counted in UTF-8 bytes: PostgreSQL's 63 bytes are 31
 * Cyrillic or 21 CJK characters): tables, views, columns, indexes, unique keys, foreign keys,
 * named checks and sequences, whether written in an annotation or made by a naming strategy. A
 * longer name would be cut silently by the database (and two names that agree in their first 63
 * bytes would then be one, or a later diff would see the cut name as another object), so it is an
 * error here, naming the object, its name, its length and the limit, and what the cut name would
 * collide with.
 */
final class NameLimits {

    private final Metadata metadata;
    private final Dialect dialect;
    private final TableUses uses;
    private final int limit;

    NameLimits(Metadata metadata, Dialect dialect, TableUses uses) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.uses = uses;
        this.limit = dialect.maxIdentifierBytes();
    }

    /** @throws AutogenException at the first name over the limit, in table order */
    void check() {
        List<Table> tables = new ArrayList<>();
        Map<String, String> relations = new LinkedHashMap<>();
        List<String> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            tables.addAll(namespace.getTables());
            namespace.getSequences().forEach(s -> sequences.add(text(s.getName().getSequenceName())));
        }
        tables.sort(Comparator.comparing(Table::getExportIdentifier));
        sequences.sort(null);
        for (Table table : tables) {
            if (table.isPhysicalTable() || table.isView()) {
                relations.put(text(table.getNameIdentifier()), "table " + text(table.getNameIdentifier()));
            }
        }
        sequences.forEach(s -> relations.put(s, "sequence " + s));
        for (String sequence : sequences) {
            fits("sequence", sequence, "", "@SequenceGenerator(sequenceName)", relations);
        }
        for (Table table : tables) {
            if (!table.isPhysicalTable() && !table.isView()) {
                continue;
            }
            String tableName = text(table.getNameIdentifier());
            String owners = owners(table);
            quotes("table", table.getNameIdentifier().getText(), table.getNameIdentifier().isQuoted(), owners);
            fits(table.isView() ? "view" : "table", tableName, owners, tableAdvice(owners), relations);
            Map<String, String> columns = new LinkedHashMap<>();
            table.getColumns().forEach(c -> columns.put(column(c), "column " + column(c)));
            for (Column column : table.getColumns()) {
                quotes("column", column.getName(), column.isQuoted(), " of table " + tableName + columnOwner(table, column));
                fits("column", column(column), " of table " + tableName + columnOwner(table, column),
                        "@Column(name) or @JoinColumn(name)", columns);
            }
            for (Index index : table.getIndexes().values()) {
                fits("index", unquoted(index.getName()), " on table " + tableName, "@Index(name)", relations);
            }
            for (UniqueKey key : table.getUniqueKeys().values()) {
                if (key.getName() != null) {
                    fits("unique constraint", unquoted(key.getName()), " on table " + tableName,
                            "@UniqueConstraint(name)", relations);
                }
            }
            for (ForeignKey fk : table.getForeignKeyCollection()) {
                if (fk.getName() != null && fk.isCreationEnabled() && fk.isPhysicalConstraint()) {
                    fits("foreign key", unquoted(fk.getName()), " on table " + tableName, "@ForeignKey(name)",
                            Map.of());
                }
            }
            List<CheckConstraint> checks = new ArrayList<>(table.getChecks());
            table.getColumns().forEach(c -> checks.addAll(c.getCheckConstraints()));
            for (CheckConstraint check : checks) {
                if (check.isNamed()) {
                    fits("check constraint", unquoted(check.getName()), " on table " + tableName, "@Check(name)",
                            Map.of());
                }
            }
        }
    }

    /**
     * An enum type's name, as written in the {@code create type} Hibernate would run.
     *
     * @throws AutogenException when it is over the limit
     */
    static void enumType(Dialect dialect, String written) {
        new NameLimits(null, dialect, null).fits("enum type", unquoted(written), " (a Java enum mapped as a named "
                + "enum type)", "the Java enum's simple name", Map.of());
    }

    private void fits(String kind, String name, String where, String advice, Map<String, String> others) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= limit) {
            return;
        }
        String cut = dialect.storedIdentifier(dialect.quote(name));
        String clash = "";
        for (Map.Entry<String, String> other : others.entrySet()) {
            if (!other.getKey().equals(name) && dialect.storedIdentifier(dialect.quote(other.getKey())).equals(cut)) {
                clash = ", the name of " + other.getValue() + " too";
                break;
            }
        }
        throw new AutogenException(kind + " name \"" + name + "\"" + where + " is " + bytes + " bytes long, over "
                + dialect.name() + "'s limit of " + limit + " bytes, which would cut it to \"" + cut + "\"" + clash
                + "; give it a name of at most " + limit + " bytes (in UTF-8) in " + advice);
    }

    private String owners(Table table) {
        List<String> labels = uses.owners(table).stream().map(Owner::label).toList();
        return labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")";
    }

    private static String tableAdvice(String owners) {
        if (owners.contains("@JoinTable")) {
            return "@JoinTable(name)";
        }
        if (owners.contains("@CollectionTable")) {
            return "@CollectionTable(name)";
        }
        if (owners.contains("@SecondaryTable")) {
            return "@SecondaryTable(name)";
        }
        return "@Table(name) (or the naming strategy)";
    }

    private String columnOwner(Table table, Column column) {
        for (Use use : uses.uses(table)) {
            if (use.column().getCanonicalName().equals(column.getCanonicalName())) {
                return " (" + use.owner() + ")";
            }
        }
        return "";
    }

    /**
     * A quoted name holds no lone double quote: Hibernate writes it between quotes as it is, so its
     * SQL would end the name there.
     */
    private static void quotes(String kind, String text, boolean quoted, String where) {
        if (quoted && text.replace("\"\"", "").contains("\"")) {
            throw new AutogenException(kind + " name \"" + text + "\"" + where + " holds a double quote that is not "
                    + "doubled, which Hibernate writes into its SQL as it is (ending the name there); write it twice "
                    + "(\"\") inside the quoted name, or leave it out");
        }
    }

    /** A name as the database stores it, before any cut: a quoted one without its quotes. */
    private static String text(Identifier identifier) {
        return identifier.isQuoted() ? StoredNames.unescaped(identifier.getText()) : identifier.getText();
    }

    private static String column(Column column) {
        return column.isQuoted() ? StoredNames.unescaped(column.getName()) : column.getName();
    }

    private static String unquoted(String written) {
        if (written.length() >= 2 && (written.startsWith("\"") && written.endsWith("\"")
                || written.startsWith("`") && written.endsWith("`"))) {
            return StoredNames.unescaped(written.substring(1, written.length() - 1));
        }
        return written;
    }
}
