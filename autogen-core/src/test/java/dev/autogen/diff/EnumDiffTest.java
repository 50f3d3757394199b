package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.enumColumn;
import static dev.autogen.api.Ddl.enumType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.CreateEnum;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropEnum;
import dev.autogen.operation.DropSchema;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum types in the diff: phases, the columns a recreation converts, and downgrades that apply. */
class EnumDiffTest {

    private static final EnumType STATUS = enumType("status", "NEW", "PAID");

    private static Table orders(String statusType) {
        return Table.of(TableName.of("orders"), List.of(column("id", "bigint").notNull(),
                column("status", statusType).withDefault("'NEW'::status")));
    }

    private static Schema schema(List<Table> tables, EnumType... enums) {
        return Schema.of(tables, List.of(), List.of(enums));
    }

    /** The plan applies to current, gives desired, and its downgrade gives current back. */
    private static List<Operation> roundTrip(Schema current, Schema desired) {
        List<Operation> upgrade = SchemaDiff.compare(current, desired);
        assertThat(SchemaEditor.apply(current, upgrade)).isEqualTo(desired);
        assertThat(SchemaEditor.apply(desired, SchemaDiff.inverse(upgrade))).isEqualTo(current);
        assertThat(SchemaDiff.compare(desired, SchemaEditor.apply(current, upgrade))).isEmpty();
        upgrade.forEach(op -> assertThat(op.inverse().inverse()).isEqualTo(op));
        return upgrade;
    }

    @Test
    void typeIsCreatedBeforeTheTableThatUsesItAndDroppedAfter() {
        Schema desired = schema(List.of(orders("status")), STATUS);
        List<Operation> upgrade = roundTrip(Schema.empty(), desired);
        assertThat(upgrade).containsExactly(new CreateEnum(STATUS), new CreateTable(orders("status")));
        assertThat(SchemaDiff.inverse(upgrade)).containsExactly(new DropTable(orders("status")), new DropEnum(STATUS));
    }

    @Test
    void typeIsDroppedAfterTheColumnThatUsedIt() {
        Table without = Table.of(TableName.of("orders"), List.of(column("id", "bigint").notNull()));
        Schema current = schema(List.of(orders("status")), STATUS);
        List<Operation> upgrade = roundTrip(current, schema(List.of(without)));
        assertThat(upgrade).containsExactly(new DropColumn(TableName.of("orders"),
                column("status", "status").withDefault("'NEW'::status")), new DropEnum(STATUS));
    }

    @Test
    void addedValuesAlterInPlaceAndTheDowngradeRecreatesWithTheSameColumns() {
        EnumType more = enumType("status", "CANCELLED", "NEW", "PAID", "SHIPPED");
        List<Operation> upgrade = roundTrip(schema(List.of(orders("status")), STATUS),
                schema(List.of(orders("status")), more));
        AlterEnum alter = new AlterEnum(STATUS, more, List.of(enumColumn("orders", "status", "'NEW'::status")));
        assertThat(upgrade).containsExactly(alter);
        assertThat(alter.recreates()).isFalse();
        assertThat(((AlterEnum) alter.inverse()).recreates()).isTrue();
    }

    @Test
    void reorderedOrRemovedValuesRecreate() {
        assertThat(STATUS.onlyAddsValues(enumType("status", "PAID", "NEW"))).isFalse();
        assertThat(STATUS.onlyAddsValues(enumType("status", "NEW"))).isFalse();
        assertThat(STATUS.onlyAddsValues(enumType("status", "A", "NEW", "B", "PAID", "C"))).isTrue();
        assertThat(STATUS.onlyAddsValues(STATUS)).isTrue();
    }

    /** Columns of tables the upgrade drops are gone when the type changes, and not back yet in the downgrade. */
    @Test
    void recreationConvertsOnlyTheColumnsOfKeptTables() {
        Table archive = Table.of(TableName.of("archive"), List.of(column("status", "status")));
        Table invoices = Table.of(TableName.of("invoices"), List.of(column("status", "status")));
        EnumType fewer = enumType("status", "PAID");
        Schema current = schema(List.of(orders("status"), archive), STATUS);
        Schema desired = schema(List.of(orders("status"), invoices), fewer);
        List<Operation> upgrade = roundTrip(current, desired);
        AlterEnum alter = upgrade.stream().filter(AlterEnum.class::isInstance).map(AlterEnum.class::cast)
                .findFirst().orElseThrow();
        assertThat(alter.columns()).containsExactly(enumColumn("orders", "status", "'NEW'::status"));
        assertThat(upgrade.indexOf(alter)).isGreaterThan(upgrade.indexOf(new DropTable(archive)))
                .isLessThan(upgrade.indexOf(new CreateTable(invoices)));
    }

    @Test
    void columnChangedToAndFromAnEnumType() {
        Schema current = schema(List.of(orders("text")));
        Schema desired = schema(List.of(orders("status")), STATUS);
        List<Operation> upgrade = roundTrip(current, desired);
        assertThat(upgrade.get(0)).isEqualTo(new CreateEnum(STATUS));
        assertThat(upgrade.get(1)).isInstanceOf(AlterColumn.class);
        roundTrip(desired, current);
    }

    @Test
    void enumInADroppedSchemaGoesBeforeTheSchema() {
        EnumType billing = enumType("billing.kind", "A");
        Schema current = schema(List.of(), billing);
        List<Operation> upgrade = roundTrip(current, Schema.empty());
        assertThat(upgrade).containsExactly(new DropEnum(billing), new DropSchema("billing"));
    }

    @Test
    void sharedTypeRecreationListsEveryColumn() {
        Table photos = Table.of(TableName.of("photos"), List.of(column("status", "status")));
        Table added = Table.of(TableName.of("photos"), List.of(column("status", "status"), column("s2", "status")));
        EnumType fewer = enumType("status", "NEW");
        List<Operation> upgrade = roundTrip(schema(List.of(orders("status"), photos), STATUS),
                schema(List.of(orders("status"), added), fewer));
        assertThat(upgrade.get(0)).isEqualTo(new AlterEnum(STATUS, fewer, List.of(
                enumColumn("orders", "status", "'NEW'::status"), enumColumn("photos", "status"))));
        assertThat(upgrade.get(1)).isEqualTo(new AddColumn(TableName.of("photos"), column("s2", "status")));
    }

    @Test
    void editorRefusesDroppingAUsedTypeOrARecreationThatMissesAColumn() {
        Schema current = schema(List.of(orders("status")), STATUS);
        assertThatThrownBy(() -> SchemaEditor.apply(current, List.of(new DropEnum(STATUS))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("still used");
        assertThatThrownBy(() -> SchemaEditor.apply(current,
                List.of(new AlterEnum(STATUS, enumType("status", "NEW"), List.of()))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void quotedAndQualifiedColumnTypesAreRecognised() {
        assertThat(enumType("billing.kind", "A").isTypeOf("billing.kind")).isTrue();
        assertThat(enumType("Kind", "A").isTypeOf("\"Kind\"")).isTrue();
        assertThat(enumType("kind", "A").isTypeOf("kind[]")).isFalse();
    }
}
