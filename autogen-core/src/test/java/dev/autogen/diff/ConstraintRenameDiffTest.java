package dev.autogen.diff;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A constraint or index that only changed its name: renamed when the new name was chosen, else silence. */
class ConstraintRenameDiffTest {

    private static final TableName ORDERS = TableName.of("orders");

    private static final Table CUSTOMER = Table.of(TableName.of("customer"), List.of(
            column("id", "bigint").notNull(), primaryKey(null, "id")));

    private static Table orders(TableElement... constraints) {
        List<TableElement> elements = new java.util.ArrayList<>(List.of(
                column("id", "bigint").notNull(),
                column("customer_id", "bigint"),
                column("placed_by", "bigint"),
                column("code", "character varying(20)"),
                column("qty", "integer"),
                primaryKey("orders_pkey", "id")));
        elements.addAll(List.of(constraints));
        return Table.of(ORDERS, elements);
    }

    private static Schema schema(Table orders) {
        return Schema.of(List.of(CUSTOMER, orders));
    }

    /** Upgrade reaches the desired schema, and the downgrade (inverses reversed) the current one, in memory. */
    private static List<Operation> diffAndProve(Schema current, Schema desired) {
        List<Operation> upgrade = SchemaDiff.compare(current, desired);
        Schema upgraded = SchemaEditor.apply(current, upgrade);
        assertThat(SchemaDiff.compare(upgraded, desired)).as("upgrade converges").isEmpty();
        assertThat(SchemaEditor.apply(upgraded, SchemaDiff.inverse(upgrade))).as("downgrade restores")
                .isEqualTo(current);
        return upgrade;
    }

    @Test
    void aForeignKeyWhoseChosenNameChangedIsRenamed() {
        Schema current = schema(orders(foreignKey("fk_orders_customer", "customer_id", "customer", "id")));
        Schema desired = schema(orders(foreignKey("fk_orders_buyer", "customer_id", "customer", "id"))
                .withExplicitNames(Set.of("fk_orders_buyer")));

        assertThat(diffAndProve(current, desired))
                .containsExactly(new RenameConstraint(ORDERS, "fk_orders_customer", "fk_orders_buyer"));
    }

    @Test
    void aNameNobodyChoseIsNeverADifference() {
        Schema current = schema(orders(foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"),
                unique("orders_code_key", "code"), check("orders_qty_check", "qty > 0"), index("idx_code", "code")));
        Schema desired = schema(orders(foreignKey("fkk8coe46o6eqh80cujdnn1riel", "customer_id", "customer", "id"),
                unique("ukqhcq0p0i1xv6wq", "code"), check("orders_check", "qty > 0"), index("idxabc", "code")));

        assertThat(SchemaDiff.compare(current, desired)).isEmpty();
    }

    @Test
    void uniquesChecksAndIndexesAreRenamedEachByItsOwnStatement() {
        Schema current = schema(orders(unique("orders_code_key", "code"), check("orders_qty_check", "qty > 0"),
                index("idx_code", "code")));
        Schema desired = schema(orders(unique("uq_orders_code", "code"), check("ck_orders_qty", "qty > 0"),
                index("ix_orders_code", "code"))
                .withExplicitNames(Set.of("uq_orders_code", "ck_orders_qty", "ix_orders_code")));

        assertThat(diffAndProve(current, desired)).containsExactly(
                new RenameConstraint(ORDERS, "orders_qty_check", "ck_orders_qty"),
                new RenameConstraint(ORDERS, "orders_code_key", "uq_orders_code"),
                new RenameIndex(ORDERS, "idx_code", "ix_orders_code"));
    }

    @Test
    void twoNamesSwappedGoThroughATemporaryName() {
        Schema current = schema(orders(foreignKey("fk_a", "customer_id", "customer", "id"),
                foreignKey("fk_b", "placed_by", "customer", "id")));
        Schema desired = schema(orders(foreignKey("fk_b", "customer_id", "customer", "id"),
                foreignKey("fk_a", "placed_by", "customer", "id")).withExplicitNames(Set.of("fk_a", "fk_b")));

        assertThat(diffAndProve(current, desired)).containsExactly(
                new RenameConstraint(ORDERS, "fk_b", "fk_b_renamed"),
                new RenameConstraint(ORDERS, "fk_a", "fk_b"),
                new RenameConstraint(ORDERS, "fk_b_renamed", "fk_a"));
    }

    @Test
    void aRenameWaitsForTheDropThatFreesItsName() {
        Schema current = schema(orders(foreignKey("fk_orders_customer", "placed_by", "customer", "id"),
                foreignKey("fk_old", "customer_id", "customer", "id")));
        Schema desired = schema(orders(foreignKey("fk_orders_customer", "customer_id", "customer", "id"))
                .withExplicitNames(Set.of("fk_orders_customer")));

        List<Operation> ops = diffAndProve(current, desired);

        assertThat(ops).hasSize(2);
        assertThat(ops.get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(((DropForeignKey) ops.get(0)).foreignKey().columns()).containsExactly("placed_by");
        assertThat(ops.get(1)).isEqualTo(new RenameConstraint(ORDERS, "fk_old", "fk_orders_customer"));
    }

    @Test
    void anItemThatKeptItsNameIsPairedFirst() {
        Schema current = schema(orders(index("ix_a", "code"), index("ix_b", "code")));
        Schema desired = schema(orders(index("ix_b", "code")).withExplicitNames(Set.of("ix_b")));

        List<Operation> ops = diffAndProve(current, desired);

        assertThat(ops).hasSize(1);
        assertThat(((DropIndex) ops.get(0)).index().name()).isEqualTo("ix_a");
    }

    @Test
    void aChainOfRenamesRunsFromItsFreeEnd() {
        Schema current = schema(orders(index("ix_1", "code"), index("ix_2", "qty")));
        Schema desired = schema(orders(index("ix_2", "code"), index("ix_3", "qty"))
                .withExplicitNames(Set.of("ix_2", "ix_3")));

        assertThat(diffAndProve(current, desired)).containsExactly(
                new RenameIndex(ORDERS, "ix_2", "ix_3"),
                new RenameIndex(ORDERS, "ix_1", "ix_2"));
    }

    @Test
    void explicitNamesDoNotChangeAnIntrospectedTablesEquality() {
        Table plain = orders(index("ix_1", "code"));

        assertThat(plain.explicitNames()).isEmpty();
        assertThat(plain.withExplicitNames(Set.of()).equals(plain)).isTrue();
        assertThat(new RenameIndex(ORDERS, "a", "b").inverse().inverse()).isEqualTo(new RenameIndex(ORDERS, "a", "b"));
        assertThat(new RenameConstraint(ORDERS, "a", "b").inverse()).isEqualTo(new RenameConstraint(ORDERS, "b", "a"));
    }
}
