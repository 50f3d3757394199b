package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.enumColumn;
import static dev.autogen.api.Ddl.enumType;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.materializedView;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.CreateView;
import dev.autogen.operation.DropView;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import dev.autogen.schema.ViewUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views in the diff, with no database: what is left alone, what is wrapped, in which order, and the way back. */
class ViewsDiffTest {

    private static final TableName ORDERS = TableName.of("orders");

    private static final Table ORDERS_TABLE = Table.of(ORDERS, List.of(column("id", "bigint").notNull(),
            column("customer", "character varying(50)"), column("total", "numeric(10,2)"), primaryKey("orders_pkey", "id")));

    /** Reads orders.customer and orders.total; z_by_customer reads it, a_top reads that (names against the order). */
    private static final View BY_CUSTOMER = view("by_customer", "SELECT customer, sum(total) AS total FROM orders GROUP BY customer")
            .using("orders", "customer", "total");
    private static final View Z_RICH = view("z_rich", "SELECT customer FROM by_customer WHERE total > 10")
            .using("by_customer", "customer", "total");
    private static final View A_TOP = view("a_top", "SELECT customer FROM z_rich LIMIT 1").using("z_rich", "customer");
    private static final View IDS = materializedView("order_ids", "SELECT id FROM orders").using("orders", "id");

    private static Schema current() {
        return Schema.of(List.of(ORDERS_TABLE)).withViews(List.of(BY_CUSTOMER, Z_RICH, A_TOP, IDS));
    }

    private static Schema widened(String column, String type) {
        return Schema.of(List.of(ORDERS_TABLE.withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals(column) ? c.withType(type) : c);
            return cols;
        })));
    }

    @Test
    void viewsTheEntitiesDoNotDefineAreLeftAlone() {
        assertThat(SchemaDiff.compare(current(), Schema.of(List.of(ORDERS_TABLE)))).isEmpty();
    }

    @Test
    void aTypeChangeDropsTheViewsThatReadItDependentsFirstAndRecreatesThemInDependencyOrder() {
        List<Operation> upgrade = SchemaDiff.compare(current(), widened("customer", "character varying(100)"));

        assertThat(upgrade).extracting(OperationSummary::of).containsExactly(
                "drop view 'a_top'",
                "drop view 'z_rich'",
                "drop view 'by_customer'",
                "alter column 'orders.customer', type character varying(50) -> character varying(100)",
                "create view 'by_customer'",
                "create view 'z_rich'",
                "create view 'a_top'");
        assertThat(upgrade).noneMatch(op -> op.table().equals(IDS.name()));
    }

    @Test
    void theDowngradeDropsAndRecreatesAroundTheReverseChangeAndRestoresTheSchema() {
        Schema before = current();
        List<Operation> upgrade = SchemaDiff.compare(before, widened("id", "integer"));
        List<Operation> downgrade = SchemaDiff.inverse(upgrade);

        assertThat(upgrade).filteredOn(DropView.class::isInstance).extracting(Operation::table)
                .containsExactly(IDS.name());
        assertThat(downgrade.get(0)).isEqualTo(new DropView(IDS));
        assertThat(downgrade.get(1)).isInstanceOf(AlterColumn.class);
        assertThat(downgrade.get(2)).isEqualTo(new CreateView(IDS));
        Schema after = SchemaEditor.apply(before, upgrade);
        assertThat(after.viewsByName()).isEqualTo(before.viewsByName());
        assertThat(SchemaEditor.apply(after, downgrade)).isEqualTo(before);
    }

    @Test
    void aChangeThatNoViewReadsDropsNoView() {
        Schema current = current().with(ORDERS_TABLE.withColumns(cols -> {
            cols.add(column("note", "text"));
            return cols;
        }));
        Schema desired = widened("customer", "character varying(50)").with(ORDERS_TABLE.withColumns(cols -> {
            cols.add(column("note", "character varying(20)"));
            return cols;
        }));

        assertThat(SchemaDiff.compare(current, desired)).singleElement().isInstanceOf(AlterColumn.class);
        assertThat(SchemaDiff.compare(current(), widened("customer", "character varying(50)")
                .with(ORDERS_TABLE.withColumns(cols -> {
                    cols.replaceAll(c -> c.name().equals("customer") ? c.withDefault("'x'::character varying") : c);
                    return cols;
                })))).as("a default is no type change").singleElement().isInstanceOf(AlterColumn.class);
    }

    @Test
    void anEnumTypeRecreatedUnderAViewIsWrappedToo() {
        TableName tickets = TableName.of("tickets");
        Table table = Table.of(tickets, List.of(column("id", "bigint"), column("state", "ticket_state")));
        View open = view("open_tickets", "SELECT id FROM tickets WHERE state = 'OPEN'::ticket_state")
                .using("tickets", "id", "state");
        Schema current = Schema.of(List.of(table), List.of(), List.of(enumType("ticket_state", "OPEN", "SHUT")))
                .withViews(List.of(open));
        AlterEnum alter = new AlterEnum(enumType("ticket_state", "OPEN", "SHUT"), enumType("ticket_state", "OPEN"),
                List.of(enumColumn("tickets", "state")));

        List<Operation> plan = Views.around(current, Schema.of(List.of(table)), List.of(alter));

        assertThat(plan).containsExactly(new DropView(open), alter, new CreateView(open));
    }

    @Test
    void anEntityMappedToAnExistingViewIsNoTableAndForeignKeysToItAreLeftOut() {
        Table mapped = Table.of(BY_CUSTOMER.name(), List.of(column("customer", "character varying(50)").notNull(),
                column("total", "numeric"), primaryKey(null, "customer")));
        Table note = Table.of(TableName.of("note"), List.of(column("id", "bigint").notNull(),
                column("customer", "character varying(50)"), primaryKey("note_pkey", "id"),
                foreignKey("fk_note_customer", "customer", "by_customer", "customer")));
        Schema current = current().with(note.withForeignKeys(fks -> List.of()));

        assertThat(SchemaDiff.compare(current, Schema.of(List.of(ORDERS_TABLE, mapped, note)))).isEmpty();
    }

    @Test
    void entityViewsAreCreatedAfterTheViewsTheirQueriesName() {
        View top = View.of("a_top", "select customer from z_totals limit 1");
        View totals = View.of("z_totals", "select customer from orders");
        Schema desired = Schema.of(List.of(ORDERS_TABLE)).withViews(List.of(top, totals));

        assertThat(SchemaDiff.compare(Schema.of(List.of(ORDERS_TABLE)), desired))
                .containsExactly(new CreateView(totals), new CreateView(top));
    }

    @Test
    void aChangedEntityViewIsRecreatedWithTheViewsOnIt() {
        View changed = View.of("by_customer", "SELECT customer, sum(total) AS total, count(*) AS n FROM orders GROUP BY customer");
        Schema desired = Schema.of(List.of(ORDERS_TABLE)).withViews(List.of(changed, Z_RICH.withUses(java.util.Set.of()),
                A_TOP.withUses(java.util.Set.of())));

        assertThat(SchemaDiff.compare(current(), desired)).containsExactly(new DropView(A_TOP), new DropView(Z_RICH),
                new DropView(BY_CUSTOMER), new CreateView(changed), new CreateView(Z_RICH), new CreateView(A_TOP));
    }

    @Test
    void aRenameCarriesWhatTheViewsReadAlong() {
        Schema renamed = SchemaEditor.apply(current(), List.of(new RenameColumn(ORDERS, "customer", "buyer")));

        assertThat(renamed.view(BY_CUSTOMER.name()).orElseThrow().uses())
                .containsExactly(new ViewUse(ORDERS, "buyer"), new ViewUse(ORDERS, "total"));
    }

    @Test
    void viewOperationsInvertEachOther() {
        assertThat(new CreateView(A_TOP).inverse()).isEqualTo(new DropView(A_TOP));
        assertThat(new DropView(IDS).inverse().inverse()).isEqualTo(new DropView(IDS));
    }
}
