package dev.autogen.entities;

import dev.autogen.AutogenException;
import dev.autogen.entities.TableUses.Owner;
import dev.autogen.entities.TableUses.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Entities (and secondary tables, join tables, collection tables) that map one table must agree
 * on it. Hibernate lets them share a table (a read-only projection of an entity, a join table
 * that is also an entity) and keeps, for each column name, the column of the owner it bound first,
 * dropping the others' silently; the primary key is the first entity's, or the last secondary
 * table's or list's. So when two owners declare one column differently, what Hibernate's own
 * {@code ddl-auto=create} makes depends on which it meets first, and the other owner runs against
 * a column it did not ask for. That is an error here, naming both owners, the table, the column
 * and how the two declarations differ.
 *
 * <p>Two declarations of a column by two entities (or an entity's {@code @SecondaryTable}), which
 * Hibernate binds in class order, conflict when anything Hibernate's {@code create table} writes
 * for it differs: the SQL type (with its length, precision and scale), {@code not null} (a
 * primary key column is not null whatever it says), {@code unique}, the default, identity or
 * {@code generated always as}, the column's checks and its collation. Its comment is not compared.
 * An entity's and a collection's declarations (a {@code @JoinTable}, {@code @CollectionTable} or
 * {@code @OneToMany} join column) conflict only when their types differ beyond length, precision
 * and scale: Hibernate binds collections after all entities, so the entity's column always wins
 * (Keycloak's {@code CLIENT_SCOPE_ROLE_MAPPING.ROLE_ID}: {@code varchar(36)} in the entity,
 * {@code varchar(255)} in the collection). Two entities' primary keys conflict when their column sets
 * differ.
 */
final class SharedTables {

    private final Metadata metadata;
    private final TableUses uses;

    SharedTables(Metadata metadata, TableUses uses) {
        this.metadata = metadata;
        this.uses = uses;
    }

    /** @throws AutogenException at the first conflict, in table and column name order */
    void check() {
        List<Table> tables = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            tables.addAll(namespace.getTables());
        }
        tables.sort(Comparator.comparing(Table::getExportIdentifier));
        for (Table table : tables) {
            if (table.isPhysicalTable()) {
                columns(table);
                primaryKey(table);
            }
        }
    }

    private void columns(Table table) {
        List<Use> all = new ArrayList<>(uses.uses(table));
        all.sort(Comparator.comparing((Use u) -> u.column().getCanonicalName()));
        for (Use use : all) {
            Column kept = table.getColumn(use.column());
            if (kept == null || kept == use.column()) {
                continue;
            }
            Use winner = all.stream().filter(u -> u.column() == kept).findFirst().orElse(null);
            String keptBy = winner == null ? "the first mapping Hibernate met" : winner.owner();
            if (winner != null && winner.owner().equals(use.owner())) {
                continue; // one entity mapping a column twice (insertable = false): Hibernate's own rules
            }
            boolean entities = keptBy.startsWith("entity ") && use.owner().startsWith("entity ");
            List<String> differences = entities ? differences(table, kept, use.column())
                    : typeDifference(kept, use.column());
            if (!differences.isEmpty()) {
                throw new AutogenException(keptBy + " and " + use.owner() + " map table " + table.getName()
                        + " with different definitions of column " + kept.getName() + ": "
                        + String.join(", ", differences) + " (" + keptBy + " vs " + use.owner()
                        + "); declare the column alike in both, or leave it out of one (Hibernate's own schema "
                        + "export would silently use " + keptBy + "'s)");
            }
        }
    }

    private void primaryKey(Table table) {
        Owner first = null;
        for (Owner owner : uses.owners(table)) {
            if (owner.primaryKey() == null || owner.primaryKey().isEmpty() || !owner.label().startsWith("entity ")) {
                // a collection's key follows a fixed rule (after every entity): a set keeps the entity's, a list replaces it
                continue;
            }
            if (first == null) {
                first = owner;
            } else if (!names(first.primaryKey()).equals(names(owner.primaryKey()))) {
                throw new AutogenException(first.label() + " and " + owner.label() + " map table " + table.getName()
                        + " with different primary keys: " + names(first.primaryKey()) + " vs "
                        + names(owner.primaryKey()) + "; give them the same key columns, or map them to "
                        + "different tables");
            }
        }
    }

    private static Set<String> names(List<Column> columns) {
        Set<String> out = new TreeSet<>();
        columns.forEach(c -> out.add(c.getName()));
        return out;
    }

    /** What differs between two declarations of one column, each as {@code "aspect X vs Y"}. */
    private List<String> differences(Table table, Column a, Column b) {
        List<String> out = new ArrayList<>();
        differ(out, "type", type(a), type(b));
        boolean key = table.getPrimaryKey() != null && table.getPrimaryKey().getColumns().stream()
                .anyMatch(c -> c.getCanonicalName().equals(a.getCanonicalName()));
        if (!key && a.isNullable() != b.isNullable()) {
            out.add((a.isNullable() ? "null" : "not null") + " vs " + (b.isNullable() ? "null" : "not null"));
        }
        if (a.isUnique() != b.isUnique()) {
            out.add((a.isUnique() ? "unique" : "not unique") + " vs " + (b.isUnique() ? "unique" : "not unique"));
        }
        differ(out, "default", a.getDefaultValue(), b.getDefaultValue());
        if (a.isIdentity() != b.isIdentity()) {
            out.add((a.isIdentity() ? "identity" : "no identity") + " vs " + (b.isIdentity() ? "identity" : "no identity"));
        }
        differ(out, "generated as", a.getGeneratedAs(), b.getGeneratedAs());
        differ(out, "check", checks(a), checks(b));
        differ(out, "collation", a.getCollation(), b.getCollation());
        return out;
    }

    /**
     * Between an entity and a collection: Hibernate binds collections after every entity, so the
     * entity's column always wins, whatever the order of classes; only a column of another type
     * (not merely another length or nullability) is an error, since the collection's values or
     * foreign key cannot be what it declares.
     */
    private List<String> typeDifference(Column a, Column b) {
        String typeA = baseType(type(a));
        String typeB = baseType(type(b));
        return typeA.equals(typeB) ? List.of() : List.of("type " + type(a) + " vs " + type(b));
    }

    private static String baseType(String type) {
        int paren = type == null ? -1 : type.indexOf('(');
        return type == null ? "" : (paren < 0 ? type : type.substring(0, paren)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void differ(List<String> out, String aspect, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(aspect + " " + (a == null ? "none" : a) + " vs " + (b == null ? "none" : b));
        }
    }

    private String type(Column column) {
        try {
            return column.getSqlType(metadata);
        } catch (RuntimeException e) {
            return column.getSqlType();
        }
    }

    private static String checks(Column column) {
        List<String> checks = column.getCheckConstraints().stream().map(CheckConstraint::getConstraint).sorted().toList();
        return checks.isEmpty() ? null : String.join(" and ", checks);
    }
}
