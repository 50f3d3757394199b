package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * Turns Hibernate's relational model ({@code org.hibernate.mapping.Table} and friends, and the
 * sequences of its boot {@code Database}) into autogen's {@link Schema}: names as the database
 * stores them, types and defaults in the dialect's canonical spelling, checks and comments as
 * Hibernate writes them, every table, sequence, named enum type and {@code @View} view Hibernate
 * would create and nothing else ({@code @Subselect} entities map no relation).
 */
final class MetadataConverter {

    private final Metadata metadata;
    private final Dialect dialect;
    private final StoredNames names;
    private final CheckReader checks;
    private final Map<String, EnumType> enums;
    private final ExplicitNameRecorder explicit;

    /**
     * @param defaultSchema {@code hibernate.default_schema}, which Hibernate applies only when it writes SQL
     * @param explicit      the foreign key and index names chosen on purpose while Hibernate named them
     */
    MetadataConverter(Metadata metadata, Dialect dialect, String defaultSchema, ExplicitNameRecorder explicit) {
        this.metadata = metadata;
        this.explicit = explicit;
        this.dialect = dialect;
        this.names = new StoredNames(dialect, defaultSchema);
        this.checks = new CheckReader(names);
        this.enums = new EnumReader(metadata, dialect).enums();
    }

    Schema convert() {
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isView()) {
                    // @View(query): Hibernate's export runs "create view <name> as <query>", after the tables
                    views.add(new View(names.table(table), table.getViewQuery().strip(), false, new TreeSet<>()));
                } else if (table.isPhysicalTable()) {
                    // a @Subselect entity's table is no physical table: nothing to create
                    tables.add(table(table));
                }
            }
        }
        return Schema.of(tables, new SequenceReader(metadata, names).sequences(), enums.values()).withViews(views);
    }

    private Table table(org.hibernate.mapping.Table table) {
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(column));
        }
        PrimaryKey pk = table.hasPrimaryKey() ? new PrimaryKey(null, primaryKeyColumns(table)) : null;
        return new Table(names.table(table), columns, pk, uniques(table, pk), checks.checks(table),
                foreignKeys(table), indexes(table), table.getComment(), explicitNames(table),
                declaredKeyOrders(table));
    }

    /**
     * The primary key's columns in the order Hibernate's DDL writes them: the order of an
     * {@code @UniqueConstraint} over the same columns when there is one (Hibernate then drops that
     * unique key and orders the primary key by it).
     */
    private List<String> primaryKeyColumns(org.hibernate.mapping.Table table) {
        UniqueKey ordering = table.getPrimaryKey().getOrderingUniqueKey();
        return names.columns(ordering != null ? ordering.getColumns() : table.getPrimaryKey().getColumns());
    }

    /**
     * The column orders the entities spelled out: each {@code @UniqueConstraint} (or unique
     * {@code @Index}) as listed, including one that orders the primary key. The other keys'
     * orders are Hibernate's choice (an {@code @IdClass}, a collection table's key).
     */
    private List<List<String>> declaredKeyOrders(org.hibernate.mapping.Table table) {
        List<List<String>> out = new ArrayList<>();
        if (table.hasPrimaryKey() && table.getPrimaryKey().getOrderingUniqueKey() != null
                && table.getPrimaryKey().getOrderingUniqueKey().isExplicit()) {
            out.add(primaryKeyColumns(table));
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (key.isExplicit()) {
                out.add(names.columns(key.getColumns()));
            }
        }
        return out;
    }

    /**
     * The names of the table's constraints and indexes chosen on purpose, as Hibernate's own DDL
     * writes them: foreign keys and indexes as {@link ExplicitNameRecorder} saw them named; a
     * unique key whose name is explicit, unless it is one column that is unique by itself (then
     * Hibernate's {@code CREATE TABLE} writes an anonymous {@code unique} and the name is lost);
     * a named check.
     */
    private SortedSet<String> explicitNames(org.hibernate.mapping.Table table) {
        SortedSet<String> out = new TreeSet<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (fk.getName() != null && explicit.foreignKeys().contains(fk.getName())) {
                out.add(names.constraint(fk.getName()));
            }
        }
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            if (explicit.indexes().contains(index.getName())) {
                out.add(names.constraint(index.getName()));
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            boolean uniqueColumn = key.getColumns().size() == 1 && (key.getColumn(0).isUnique()
                    || table.getColumn(key.getColumn(0)) != null && table.getColumn(key.getColumn(0)).isUnique());
            if (key.isNameExplicit() && !uniqueColumn) {
                out.add(names.constraint(key.getName()));
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            column.getCheckConstraints().stream().filter(org.hibernate.mapping.CheckConstraint::isNamed)
                    .forEach(c -> out.add(names.constraint(c.getName())));
        }
        table.getChecks().stream().filter(org.hibernate.mapping.CheckConstraint::isNamed).forEach(c -> out.add(names.constraint(c.getName())));
        return out;
    }

    private Column column(org.hibernate.mapping.Column column) {
        String type = type(column.getSqlType(metadata));
        String defaultValue = column.getDefaultValue() == null ? null
                : dialect.normalizeDefault(column.getDefaultValue(), type);
        Column result = new Column(names.column(column), type, column.isNullable(), defaultValue, false,
                column.getComment(), column.getGeneratedAs());
        return column.isIdentity() ? result.generatedAsIdentity() : result;
    }

    /** A named enum type as {@code format_type} prints it (its name, quoted when needed), others normalised. */
    private String type(String sqlType) {
        EnumType enumType = enums.get(dialect.storedIdentifier(sqlType.strip()));
        return enumType != null ? dialect.quote(enumType.name().name()) : dialect.normalizeType(sqlType);
    }

    /**
     * The unique constraints Hibernate's export creates: a key named on purpose keeps its name (unless
     * its one column is unique by itself: then {@code CREATE TABLE} writes an anonymous {@code unique});
     * the others are written anonymously, so they get the names PostgreSQL gives them
     * ({@link ImplicitUniqueNames}), in the order it meets them (the columns' own first). Under the
     * readable naming convention the {@code uq_} name is kept: it was chosen on purpose, though
     * Hibernate's own DDL loses it.
     */
    private List<UniqueConstraint> uniques(org.hibernate.mapping.Table table, PrimaryKey pk) {
        List<UniqueConstraint> out = new ArrayList<>();
        ImplicitUniqueNames implicit = new ImplicitUniqueNames(names.table(table).name());
        List<List<String>> seen = new ArrayList<>();
        if (pk != null) {
            seen.add(pk.columns());
        }
        // @Column(unique = true): an inline "unique" after the column
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<String> columns = List.of(names.column(column));
            if (column.isUnique() && !seen.contains(columns)) {
                seen.add(columns);
                out.add(new UniqueConstraint(implicit.next(columns), columns));
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> columns = names.columns(key.getColumns());
            if (!seen.contains(columns)) {
                seen.add(columns);
                boolean named = key.isNameExplicit() || explicit.readable();
                out.add(new UniqueConstraint(named ? names.constraint(key.getName()) : implicit.next(columns), columns));
            }
        }
        return out;
    }

    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<ForeignKey> out = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table target = fk.getReferencedTable();
            List<String> referenced = fk.getReferencedColumns().isEmpty()
                    ? names.columns(target.getPrimaryKey().getColumns())
                    : names.columns(fk.getReferencedColumns());
            out.add(new ForeignKey(names.constraint(fk.getName()), names.columns(fk.getColumns()),
                    names.table(target), referenced, action(fk.getOnDeleteAction())));
        }
        return out;
    }

    private List<Index> indexes(org.hibernate.mapping.Table table) {
        List<Index> out = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<String> columns = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                String order = index.getSelectableOrderMap().get(selectable);
                columns.add(selectable instanceof org.hibernate.mapping.Column c
                        ? dialect.indexKey(names.column(c), order) : selectable.getText());
            }
            out.add(options(new Index(names.constraint(index.getName()), columns, index.isUnique()), index, table));
        }
        return out;
    }

    /** The index with its {@code @Index(options = ...)} read by the dialect (a partial index's {@code where ...}). */
    private Index options(Index index, org.hibernate.mapping.Index mapped, org.hibernate.mapping.Table table) {
        try {
            return dialect.indexOptions(index, mapped.getOptions());
        } catch (IllegalArgumentException e) {
            throw new dev.autogen.AutogenException("@Index " + index.name() + " on table " + table.getName() + ": "
                    + e.getMessage());
        }
    }

    private static ReferentialAction action(org.hibernate.annotations.OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
        };
    }
}
