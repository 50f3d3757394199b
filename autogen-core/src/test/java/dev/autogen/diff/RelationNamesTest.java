package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A migration never gives one name to two relations of a schema. */
class RelationNamesTest {

    private static final DiffOptions POSTGRES = DiffOptions.DEFAULT.withKeyOrder(KeyOrder.SET);
    private static final DiffOptions LIMIT_63 = new DiffOptions(KeyOrder.SET, 63);

    private static Table table(String name, TableElement... more) {
        List<TableElement> elements = new ArrayList<>(List.of(column("id", "bigint").notNull(),
                column("created_at", "timestamp(6) without time zone"), primaryKey(null, "id")));
        elements.addAll(List.of(more));
        return Table.of(TableName.of(name), elements);
    }

    private static List<String> indexNames(List<Operation> ops) {
        return ops.stream().filter(op -> op instanceof CreateIndex).map(op -> ((CreateIndex) op).index().name())
                .toList();
    }

    @Test
    void twoNewIndexesOfOneNameGetTwoNamesInTheOrderTheyRun() {
        Schema desired = Schema.of(List.of(
                table("invoice", index("ix_created", "created_at")).withExplicitNames(Set.of("ix_created")),
                table("orders", index("ix_created", "created_at")).withExplicitNames(Set.of("ix_created"))));

        SchemaDiff.Plan plan = SchemaDiff.plan(Schema.empty(), desired, List.of(), POSTGRES);

        assertThat(indexNames(plan.operations())).containsExactly("ix_created", "ix_created_1");
        assertThat(plan.nameChoices()).containsExactly(new NameChoice(TableName.of("orders"), "index", "ix_created",
                "ix_created_1", "index ix_created of invoice"));
        assertThat(plan.nameChoices().get(0).describe()).isEqualTo("index ix_created of orders is named ix_created_1: "
                + "index ix_created of invoice has the name ix_created, and indexes, keys, tables and sequences "
                + "share one name space per schema");
    }

    @Test
    void theMigrationAfterThatFindsNothing() {
        Schema desired = Schema.of(List.of(
                table("invoice", index("ix_created", "created_at")).withExplicitNames(Set.of("ix_created")),
                table("orders", index("ix_created", "created_at")).withExplicitNames(Set.of("ix_created"))));
        List<Operation> upgrade = SchemaDiff.compare(Schema.empty(), desired, POSTGRES);
        Schema applied = SchemaEditor.apply(Schema.empty(), upgrade);

        assertThat(applied.table(TableName.of("orders")).orElseThrow().indexes()).extracting(Index::name)
                .containsExactly("ix_created_1");
        assertThat(SchemaDiff.compare(applied, desired, POSTGRES)).as("the rename back to a taken name is dropped")
                .isEmpty();
        assertThat(SchemaEditor.apply(applied, SchemaDiff.inverse(upgrade))).isEqualTo(Schema.empty());
    }

    @Test
    void aNameTheDatabaseAlreadyGivesToAnotherRelationIsNotTaken() {
        Table other = table("audit_log", index("ix_created", "created_at"));
        Schema current = Schema.of(List.of(other));
        Schema desired = Schema.of(List.of(other, table("orders", unique("ix_created", "created_at"))));

        SchemaDiff.Plan plan = SchemaDiff.plan(current, desired, List.of(), POSTGRES);

        CreateTable create = (CreateTable) plan.operations().get(0);
        assertThat(create.definition().uniques()).extracting(u -> u.name()).containsExactly("ix_created_1");
        assertThat(plan.nameChoices()).extracting(NameChoice::holder).containsExactly("index ix_created of audit_log");
    }

    @Test
    void aNameFreedEarlierInTheSameMigrationIsFree() {
        Schema current = Schema.of(List.of(table("invoice", index("ix_created", "created_at"))));
        Schema desired = Schema.of(List.of(table("invoice"),
                table("orders", index("ix_created", "created_at")).withExplicitNames(Set.of("ix_created"))));

        SchemaDiff.Plan plan = SchemaDiff.plan(current, desired, List.of(), POSTGRES);

        assertThat(plan.operations().get(0)).isInstanceOf(DropIndex.class);
        assertThat(indexNames(plan.operations())).containsExactly("ix_created");
        assertThat(plan.nameChoices()).isEmpty();
    }

    @Test
    void aRenameToATakenNameGetsAFreeOne() {
        Schema current = Schema.of(List.of(table("invoice", index("ix_created", "created_at")),
                table("orders", index("other_tool_ix", "created_at"))));
        Schema desired = Schema.of(List.of(table("invoice", index("ix_created", "created_at")),
                table("orders", index("ix_created", "created_at")).withExplicitNames(Set.of("ix_created"))));

        List<Operation> upgrade = SchemaDiff.compare(current, desired, POSTGRES);

        assertThat(upgrade).containsExactly(new RenameIndex(TableName.of("orders"), "other_tool_ix", "ix_created_1"));
        assertThat(SchemaDiff.compare(SchemaEditor.apply(current, upgrade), desired, POSTGRES)).isEmpty();
    }

    @Test
    void aChosenNameFitsTheIdentifierLimit() {
        String long63 = "ix_" + "a".repeat(60);
        Schema desired = Schema.of(List.of(
                table("invoice", index(long63, "created_at")), table("orders", index(long63, "created_at"))));

        List<String> names = indexNames(SchemaDiff.compare(Schema.empty(), desired, LIMIT_63));

        assertThat(names.get(1)).isEqualTo("ix_" + "a".repeat(58) + "_1");
        assertThat(names.get(1).getBytes(StandardCharsets.UTF_8)).hasSize(63);
    }

    @Test
    void aChosenNameIsNeverCutInsideACharacter() {
        String multiByteEnd = "ix_" + "a".repeat(57) + "\u4e2d"; // 60 + 3 bytes: 63
        Schema desired = Schema.of(List.of(table("invoice", index(multiByteEnd, "created_at")),
                table("orders", index(multiByteEnd, "created_at")), table("tax", index(multiByteEnd, "created_at"))));

        List<String> names = indexNames(SchemaDiff.compare(Schema.empty(), desired, LIMIT_63));

        // "_1" needs 2 bytes: the 3-byte character goes whole, and the name is 62 bytes, not a broken 63
        assertThat(names).containsExactly(multiByteEnd, "ix_" + "a".repeat(57) + "_1", "ix_" + "a".repeat(57) + "_2");
        assertThat(names).allSatisfy(n -> assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63));
    }

    @Test
    void namesOfDifferentSchemasDoNotCollide() {
        Table a = table("invoice", index("ix_created", "created_at"));
        Table b = Table.of(new TableName("billing", "invoice"), a.elements());

        assertThat(indexNames(SchemaDiff.compare(Schema.empty(), Schema.of(List.of(a, b)), POSTGRES)))
                .containsExactly("ix_created", "ix_created");
    }
}
