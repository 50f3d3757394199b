package dev.autogen.operation;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import dev.autogen.schema.ViewUse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaEditor} edits one copy of the schema for a whole plan (it copied the whole schema
 * per operation, quadratic in tables): a plan applied at once gives exactly what its operations
 * applied one by one give, renames and owned sequences included.
 */
class SchemaEditorScaleTest {

    private static final int TABLES = 300;

    private static TableName t(int i) {
        return TableName.of("t" + i);
    }

    private static ForeignKey prev(int i) {
        return foreignKey("t" + i + "_prev_fk", "prev_id", "t" + (i - 1), "id");
    }

    private static Table table(int i, boolean withForeignKey) {
        List<TableElement> elements = new ArrayList<>(List.of(column("id", "bigint").notNull(),
                column("prev_id", "bigint"), primaryKey("t" + i + "_pkey", "id")));
        if (i > 0 && withForeignKey) {
            elements.add(prev(i));
        }
        return Table.of(t(i), elements);
    }

    /** t0..t299, each referencing the one before, each owning its id's sequence; a view over t5. */
    private static Schema chain() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            tables.add(table(i, true));
            sequences.add(new Sequence(TableName.of("t" + i + "_id_seq"), 1, 1, new Sequence.Owner(t(i), "id"), null));
        }
        sequences.add(new Sequence(TableName.of("t20_prev_seq"), 1, 1, new Sequence.Owner(t(20), "prev_id"), null));
        return Schema.of(tables, sequences).withViews(List.of(View.of("v", "SELECT id FROM t5").using("t5", "id")));
    }

    private static List<Operation> plan() {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ops.add(new CreateTable(Table.of(TableName.of("n" + i), List.of(column("id", "bigint")))));
        }
        ops.add(new RenameTable(t(5), "renamed5"));
        ops.add(new RenameColumn(t(10), "id", "key"));
        ops.add(new DropForeignKey(t(TABLES - 1), prev(TABLES - 1)));
        ops.add(new DropTable(table(TABLES - 1, false)));
        ops.add(new DropForeignKey(t(20), prev(20)));
        ops.add(new DropColumn(t(20), column("prev_id", "bigint")));
        ops.add(new CreateSequence(new Sequence(TableName.of("n0_seq"), 1, 1, new Sequence.Owner(TableName.of("n0"), "id"),
                null)));
        ops.add(new RenameTable(TableName.of("n0"), "n0_renamed"));
        return ops;
    }

    @Test
    void aPlanAppliedAtOnceEqualsItsOperationsAppliedOneByOne() {
        Schema oneByOne = chain();
        for (Operation op : plan()) {
            oneByOne = SchemaEditor.apply(oneByOne, List.of(op));
        }

        assertThat(SchemaEditor.apply(chain(), plan())).isEqualTo(oneByOne);
    }

    @Test
    void renamesAndDropsReachForeignKeysSequenceOwnersAndViews() {
        Schema after = SchemaEditor.apply(chain(), plan());

        assertThat(after.tables()).hasSize(TABLES - 1 + 200);
        assertThat(after.table(t(5))).isEmpty();
        assertThat(after.table(t(6)).orElseThrow().foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactly(TableName.of("renamed5"));
        assertThat(after.sequence(TableName.of("t5_id_seq")).orElseThrow().owner())
                .isEqualTo(new Sequence.Owner(TableName.of("renamed5"), "id"));
        assertThat(after.view(TableName.of("v")).orElseThrow().uses())
                .containsExactly(new ViewUse(TableName.of("renamed5"), "id"));

        assertThat(after.table(t(10)).orElseThrow().primaryKey().columns()).containsExactly("key");
        assertThat(after.table(t(11)).orElseThrow().foreignKeys().get(0).referencedColumns()).containsExactly("key");
        assertThat(after.sequence(TableName.of("t10_id_seq")).orElseThrow().owner().column()).isEqualTo("key");

        // a dropped table takes the sequences it owns; a dropped column those of that column only
        assertThat(after.table(t(TABLES - 1))).isEmpty();
        assertThat(after.sequence(TableName.of("t" + (TABLES - 1) + "_id_seq"))).isEmpty();
        assertThat(after.sequence(TableName.of("t20_prev_seq"))).isEmpty();
        assertThat(after.sequence(TableName.of("t20_id_seq"))).isPresent();
        assertThat(after.sequence(TableName.of("n0_seq")).orElseThrow().owner().table())
                .isEqualTo(TableName.of("n0_renamed"));
        assertThat(after.sequences()).hasSize(TABLES - 1 + 1);
    }

    @Test
    void anOperationThatDoesNotFitStillFailsAndNamesWhat() {
        List<Operation> ops = new ArrayList<>(plan());
        ops.add(new CreateTable(table(7, false)));

        assertThatThrownBy(() -> SchemaEditor.apply(chain(), ops)).isInstanceOf(IllegalStateException.class)
                .hasMessage("table t7 already exists");
    }
}
