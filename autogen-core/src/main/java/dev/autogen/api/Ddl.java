package dev.autogen.api;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableComment;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.schema.View;
import java.util.List;

/**
 * The building blocks a migration passes to {@link Op}: columns, keys, constraints, indexes,
 * sequences, enum types and comments.
 * Import statically: {@code import static dev.autogen.api.Ddl.*;}
 */
public final class Ddl {

    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;

    private Ddl() {
    }

    /** A nullable column with no default: {@code column("email", "character varying(255)").notNull()}. */
    public static Column column(String name, String type) {
        return Column.of(name, type);
    }

    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    /**
     * An index on {@code columns}, each a column name or a key as SQL ({@code "lower(email)"},
     * {@code "created_at DESC"}, {@code "email text_pattern_ops"}, {@code "title COLLATE \"C\""});
     * more follows in {@code CREATE INDEX}'s order:
     * {@code index("ix_orders_open", "customer_id").using("btree").include("total").where("closed_at IS NULL")},
     * {@code index("ix_docs_body", "body").using("gin")},
     * {@code uniqueIndex("ux_users_email", "email").nullsNotDistinct()}.
     */
    public static Index index(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    /** A unique index ({@code CREATE UNIQUE INDEX}); see {@link #index}. */
    public static Index uniqueIndex(String name, String... columns) {
        return new Index(name, List.of(columns), true);
    }

    /** A single-column foreign key: {@code foreignKey("fk_member_team", "team_id", "team", "id")}. */
    public static ForeignKey foreignKey(String name, String column, String referencedTable, String referencedColumn) {
        return foreignKey(name, List.of(column), referencedTable, List.of(referencedColumn));
    }

    public static ForeignKey foreignKey(String name, List<String> columns, String referencedTable,
                                        List<String> referencedColumns) {
        return new ForeignKey(name, columns, TableName.parse(referencedTable), referencedColumns,
                ReferentialAction.NO_ACTION);
    }

    /** A check constraint: {@code check("ck_price_positive", "price > 0")}. */
    public static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    /** A sequence: {@code sequence("order_seq", 1, 50)} (start 1, increment 50). */
    public static Sequence sequence(String name, long start, long increment) {
        return new Sequence(TableName.parse(name), start, increment);
    }

    /**
     * A sequence owned by a column ({@code OWNED BY}, as a {@code serial} column's):
     * {@code sequence("users_id_seq", 1, 1, "users", "id")}.
     */
    public static Sequence sequence(String name, long start, long increment, String ownerTable, String ownerColumn) {
        return new Sequence(TableName.parse(name), start, increment,
                new Sequence.Owner(TableName.parse(ownerTable), ownerColumn), null);
    }

    /** An enum type, its values in sort order: {@code enumType("order_status", "NEW", "PAID")}. */
    public static EnumType enumType(String name, String... values) {
        return new EnumType(TableName.parse(name), List.of(values));
    }

    /** A column of an enum type, for {@code op.alterEnum(...)}: {@code enumColumn("orders", "status")}. */
    public static EnumColumn enumColumn(String table, String column) {
        return new EnumColumn(TableName.parse(table), column, null);
    }

    /** A column of an enum type with a default, set again after the type is recreated. */
    public static EnumColumn enumColumn(String table, String column, String defaultValue) {
        return new EnumColumn(TableName.parse(table), column, defaultValue);
    }

    /** A table's comment, listed among the elements of {@code createTable(...)}. */
    public static TableComment comment(String text) {
        return new TableComment(text);
    }

    /**
     * A view and its defining query, for {@code op.createView(...)}; {@code .using(...)} records what
     * it reads: {@code view("order_totals", "SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id")}.
     */
    public static View view(String name, String definition) {
        return View.of(name, definition);
    }

    /** A materialized view and its defining query, for {@code op.createView(...)}. */
    public static View materializedView(String name, String definition) {
        return new View(TableName.parse(name), definition, true, new java.util.TreeSet<>());
    }

    /** A list of column names, for multi-column foreign keys. */
    public static List<String> columns(String... names) {
        return List.of(names);
    }
}
