package dev.autogen.diff;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.comment;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.sequence;
import static dev.autogen.api.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    static Table table(String name, TableElement... elements) {
        return Table.of(TableName.parse(name), List.of(elements));
    }

    static Schema schema(Table... tables) {
        return Schema.of(List.of(tables));
    }

    private final Table team = table("team",
            column("id", "bigint").generatedAsIdentity(),
            column("name", "character varying(255)").notNull(),
            primaryKey(null, "id"),
            unique("uq_team_name", "name"));
    private final Table member = table("team_member",
            column("id", "bigint").generatedAsIdentity(),
            column("team_id", "bigint").notNull(),
            column("email", "character varying(320)"),
            primaryKey(null, "id"),
            foreignKey("fk_member_team", "team_id", "team", "id").onDelete(ReferentialAction.CASCADE),
            index("ix_member_email", "email"));

    @Test
    void identicalSchemasHaveNoDifferences() {
        assertThat(SchemaDiff.compare(schema(team, member), schema(team, member))).isEmpty();
    }

    @Test
    void createsTablesBeforeTheForeignKeysThatPointAtThem() {
        List<Operation> ops = SchemaDiff.compare(Schema.empty(), schema(team, member));

        assertThat(ops).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("CreateTable", "CreateTable", "CreateIndex", "AddForeignKey");
        assertThat(((CreateTable) ops.get(0)).definition().name()).isEqualTo(TableName.of("team"));
        assertThat(((CreateTable) ops.get(1)).definition().foreignKeys()).isEmpty();
        assertThat(ops.get(3)).isEqualTo(new AddForeignKey(TableName.of("team_member"), member.foreignKeys().get(0)));
    }

    @Test
    void dropsForeignKeysBeforeTheTablesTheyUse() {
        List<Operation> ops = SchemaDiff.compare(schema(team, member), Schema.empty());

        assertThat(ops.get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(ops.get(1).getClass().getSimpleName()).isEqualTo("DropIndex");
        assertThat(ops.subList(2, 4)).allMatch(op -> op instanceof DropTable);
    }

    @Test
    void matchesConstraintsByDefinitionNotByName() {
        Table renamed = table("team_member",
                column("id", "bigint").generatedAsIdentity(),
                column("team_id", "bigint").notNull(),
                column("email", "character varying(320)"),
                primaryKey("team_member_pkey", "id"),
                foreignKey("FKk8coe46o6eqh80cujdnn1riel", "team_id", "team", "id").onDelete(ReferentialAction.CASCADE),
                index("idx_something_else", "email"));
        Table teamRenamed = table("team",
                column("id", "bigint").generatedAsIdentity(),
                column("name", "character varying(255)").notNull(),
                primaryKey("team_pkey", "id"),
                unique("team_name_key", "name"));

        assertThat(SchemaDiff.compare(schema(teamRenamed, renamed), schema(team, member))).isEmpty();
    }

    @Test
    void aChangedOnDeleteActionIsADropAndAnAdd() {
        Table noCascade = member.withForeignKeys(fks -> List.of(fks.get(0).onDelete(ReferentialAction.NO_ACTION)));

        List<Operation> ops = SchemaDiff.compare(schema(team, noCascade), schema(team, member));

        assertThat(ops).containsExactly(
                new DropForeignKey(TableName.of("team_member"), noCascade.foreignKeys().get(0)),
                new AddForeignKey(TableName.of("team_member"), member.foreignKeys().get(0)));
    }

    @Test
    void columnChangesAreAddsAltersAndDrops() {
        Table changed = member.withColumns(cols -> {
            cols.set(2, column("email", "character varying(500)").notNull());
            cols.add(column("archived_at", "timestamp(6) with time zone"));
            return cols;
        });

        List<Operation> ops = SchemaDiff.compare(schema(team, member), schema(team, changed));

        assertThat(ops).containsExactly(
                new AddColumn(TableName.of("team_member"), column("archived_at", "timestamp(6) with time zone")),
                new AlterColumn(TableName.of("team_member"), column("email", "character varying(320)"),
                        column("email", "character varying(500)").notNull()));
    }

    @Test
    void applyingTheUpgradeGivesTheDesiredSchemaAndTheDowngradeGivesBackTheStart() {
        Table project = table("project",
                column("id", "bigint").notNull(),
                column("team_id", "bigint"),
                primaryKey(null, "id"),
                foreignKey("fk_project_team", "team_id", "team", "id"),
                index("ix_project_team", "team_id"));
        Table teamV2 = team.withColumns(cols -> {
            cols.remove(1);
            cols.add(column("slug", "character varying(64)").notNull().withDefault("'x'"));
            return cols;
        }).withUniques(u -> new ArrayList<>(List.of(unique("uq_team_slug", "slug"))));
        List<Schema[]> pairs = List.of(
                new Schema[] {Schema.empty(), schema(team, member)},
                new Schema[] {schema(team, member), Schema.empty()},
                new Schema[] {schema(team, member), schema(teamV2, project)},
                new Schema[] {schema(teamV2, project), schema(team, member, project)});
        for (Schema[] pair : pairs) {
            List<Operation> upgrade = SchemaDiff.compare(pair[0], pair[1]);
            List<Operation> downgrade = SchemaDiff.inverse(upgrade);

            Schema upgraded = SchemaEditor.apply(pair[0], upgrade);
            assertThat(byColumnName(upgraded)).isEqualTo(byColumnName(pair[1]));
            assertThat(SchemaDiff.compare(upgraded, pair[1])).isEmpty();
            assertThat(byColumnName(SchemaEditor.apply(upgraded, downgrade))).isEqualTo(byColumnName(pair[0]));
        }
    }

    @Test
    void schemasAndSequencesComeBeforeTheTablesThatUseThemAndGoAfter() {
        Table invoice = table("billing.invoice", column("id", "bigint").notNull(), primaryKey(null, "id"),
                check("invoice_id_check", "id > 0"));
        Schema billing = Schema.of(List.of(invoice), List.of(sequence("billing.invoice_seq", 1, 50)));

        List<Operation> up = SchemaDiff.compare(Schema.empty(), billing);
        List<Operation> down = SchemaDiff.compare(billing, Schema.empty());

        assertThat(up).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("CreateSchema", "CreateSequence", "CreateTable");
        assertThat(down).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("DropTable", "DropSequence", "DropSchema");
        assertThat(SchemaEditor.apply(Schema.empty(), up)).isEqualTo(billing);
        assertThat(SchemaEditor.apply(billing, SchemaDiff.inverse(up))).isEqualTo(Schema.empty());
    }

    @Test
    void checksMatchByExpressionAndSequencesAlterInPlace() {
        Table v1 = table("item", column("qty", "integer"), check("item_qty_check", "qty >= 0"));
        Table renamed = table("item", column("qty", "integer"), check("ck_qty", "qty >= 0"));
        Table stricter = table("item", column("qty", "integer"), check("item_qty_check", "qty > 0"));
        Schema withSeq = Schema.of(List.of(v1), List.of(sequence("item_seq", 1, 50)));
        Schema biggerStep = Schema.of(List.of(v1), List.of(sequence("item_seq", 1, 100)));

        assertThat(SchemaDiff.compare(schema(v1), schema(renamed))).isEmpty();
        assertThat(SchemaDiff.compare(schema(v1), schema(stricter))).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("DropCheck", "AddCheck");
        assertThat(SchemaDiff.compare(withSeq, biggerStep)).containsExactly(
                new AlterSequence(sequence("item_seq", 1, 50), sequence("item_seq", 1, 100)));
    }

    @Test
    void commentsAreTableAndColumnChanges() {
        Table plain = table("item", column("qty", "integer"));
        Table commented = table("item", column("qty", "integer").withComment("how many"), comment("stock items"));

        assertThat(SchemaDiff.compare(schema(plain), schema(commented))).containsExactly(
                new AlterColumn(TableName.of("item"), column("qty", "integer"),
                        column("qty", "integer").withComment("how many")),
                new SetTableComment(TableName.of("item"), null, "stock items"));
    }

    @Test
    void theSameInputsGiveTheSameOperations() {
        Schema from = schema(team, member);
        Schema to = schema(table("b", column("x", "integer")), table("a", column("y", "text")));
        assertThat(SchemaDiff.compare(from, to)).isEqualTo(SchemaDiff.compare(from, to));
        assertThat(SchemaDiff.compare(from, to).stream().filter(o -> o instanceof CreateTable)
                .map(o -> o.table().name())).containsExactly("a", "b");
    }

    @Test
    void everyOperationInvertsBackToItself() {
        List<Operation> all = new ArrayList<>(SchemaDiff.compare(Schema.empty(), schema(team, member)));
        all.addAll(SchemaDiff.compare(schema(team, member), Schema.empty()));
        all.add(new AlterColumn(TableName.of("team"), column("a", "integer"), column("a", "bigint").notNull()));
        all.add(new CreateIndex(TableName.of("team"), index("ix", "a", "b")));
        for (Operation op : all) {
            assertThat(op.inverse().inverse()).isEqualTo(op);
            assertThat(op.inverse()).isNotEqualTo(op);
        }
    }

    private static Schema byColumnName(Schema schema) {
        return schema.ignoringColumnOrder();
    }
}
