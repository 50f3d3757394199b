package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameTable;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renames {@link RenameDetector} suggests; no database. */
class RenameDetectorTest {

    private static Table table(TableName name, String... columnsAndTypes) {
        List<dev.autogen.schema.Column> columns = new ArrayList<>();
        for (int i = 0; i < columnsAndTypes.length; i += 2) {
            columns.add(column(columnsAndTypes[i], columnsAndTypes[i + 1]));
        }
        return Table.of(name, columns);
    }

    @Test
    void aTableThatGoesWhileOneOfTheSameColumnsComesInItsSchemaIsALikelyRename() {
        Schema current = Schema.of(List.of(table(TableName.of("person"), "id", "bigint", "name", "text"),
                table(TableName.of("kept"), "id", "bigint")));
        Schema desired = Schema.of(List.of(table(TableName.of("people"), "name", "text", "id", "bigint"),
                table(TableName.of("kept"), "id", "bigint")));

        assertThat(RenameDetector.likely(current, desired))
                .containsExactly(new RenameTable(TableName.of("person"), "people"));
    }

    @Test
    void twoCandidatesOrAnotherSchemaOrOtherColumnsSuggestNothing() {
        Schema current = Schema.of(List.of(table(TableName.of("person"), "id", "bigint", "name", "text")));

        assertThat(RenameDetector.likely(current, Schema.of(List.of(
                table(TableName.of("people"), "id", "bigint", "name", "text"),
                table(TableName.of("persons"), "id", "bigint", "name", "text"))))).isEmpty();
        assertThat(RenameDetector.likely(current, Schema.of(List.of(
                table(new TableName("crm", "people"), "id", "bigint", "name", "text"))))).isEmpty();
        assertThat(RenameDetector.likely(current, Schema.of(List.of(
                table(TableName.of("people"), "id", "bigint", "name", "varchar(20)"))))).isEmpty();
    }

    /** Each table gone meets the one new table of its columns among many: one look-up each, in the order of the tables gone. */
    @Test
    void manyRenamedTablesAreEachPairedWithTheirOwn() {
        List<Table> gone = new ArrayList<>();
        List<Table> come = new ArrayList<>();
        List<Operation> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            gone.add(table(TableName.of(String.format("old_%03d", i)), "id", "bigint", "c" + i, "text"));
            come.add(table(TableName.of(String.format("new_%03d", 499 - i)), "id", "bigint", "c" + i, "text"));
            expected.add(new RenameTable(TableName.of(String.format("old_%03d", i)), String.format("new_%03d", 499 - i)));
        }

        assertThat(RenameDetector.likely(Schema.of(gone), Schema.of(come))).containsExactlyElementsOf(expected);
    }

    @Test
    void theOnlyColumnOfATypeThatGoesWhileTheOnlyOneOfThatTypeComesIsALikelyRename() {
        Schema current = Schema.of(List.of(table(TableName.of("person"), "id", "bigint", "name", "text")));
        Schema desired = Schema.of(List.of(table(TableName.of("person"), "id", "bigint", "full_name", "text")));

        assertThat(RenameDetector.likely(current, desired))
                .containsExactly(new RenameColumn(TableName.of("person"), "name", "full_name"));
    }
}
