package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexes compare by their whole definition: predicate, method, INCLUDE, NULLS NOT DISTINCT; never by name alone. */
class IndexDiffTest {

    private static final TableName DOC = TableName.of("doc");
    private static final Index PLAIN = index("ix_doc_email", "email");

    private static Schema with(Index... indexes) {
        return Schema.of(List.of(Table.of(DOC, List.of(column("id", "bigint"), column("email", "text"),
                column("name", "text"), column("deleted_at", "timestamp without time zone"),
                column("body", "jsonb"))).withIndexes(ixs -> List.of(indexes))));
    }

    @Test
    void aPlainAndAPartialIndexOnTheSameColumnsDiffer() {
        Index partial = PLAIN.where("deleted_at IS NULL");

        assertThat(SchemaDiff.compare(with(PLAIN), with(partial)))
                .containsExactly(new DropIndex(DOC, PLAIN), new CreateIndex(DOC, partial));
        assertThat(SchemaDiff.compare(with(partial), with(PLAIN)))
                .containsExactly(new DropIndex(DOC, partial), new CreateIndex(DOC, PLAIN));
    }

    @Test
    void eachPartOfTheDefinitionMakesAnotherIndex() {
        List<Index> others = List.of(PLAIN.where("deleted_at IS NULL"), PLAIN.using("hash"), PLAIN.include("name"),
                PLAIN.asUnique(), PLAIN.asUnique().nullsNotDistinct(), index("ix_doc_email", "email text_pattern_ops"),
                index("ix_doc_email", "email COLLATE \"C\""), index("ix_doc_email", "lower(email)"));

        for (Index other : others) {
            assertThat(SchemaDiff.compare(with(PLAIN), with(other))).as("%s", other).hasSize(2);
        }
        assertThat(others).doesNotHaveDuplicates();
    }

    @Test
    void aNameAloneIsStillNotADifference() {
        Index partial = index("ix_doc_body", "body jsonb_path_ops").using("gin").where("deleted_at IS NULL");

        assertThat(SchemaDiff.compare(with(partial), with(partial.withName("doc_body_idx")))).isEmpty();
    }

    @Test
    void theDefaultMethodIsNotSpelled() {
        assertThat(PLAIN.using("BTREE")).isEqualTo(PLAIN);
        assertThat(PLAIN.using("GIN").method()).isEqualTo("gin");
        assertThat(PLAIN.where("  ")).isEqualTo(PLAIN);
    }

    /** The downgrade of a dropped partial unique index recreates it with its predicate, not as a plain index. */
    @Test
    void aDroppedIndexComesBackExactly() {
        Index byHand = uniqueIndex("ux_doc_email", "lower(email)").include("name").nullsNotDistinct()
                .where("deleted_at IS NULL");
        Schema before = with(byHand, PLAIN);
        List<Operation> upgrade = SchemaDiff.compare(before, with(PLAIN));
        assertThat(upgrade).containsExactly(new DropIndex(DOC, byHand));

        List<Operation> downgrade = new ArrayList<>(upgrade.stream().map(Operation::inverse).toList());
        Collections.reverse(downgrade);
        assertThat(SchemaEditor.apply(SchemaEditor.apply(before, upgrade), downgrade)).isEqualTo(before);
        assertThat(downgrade).containsExactly(new CreateIndex(DOC, byHand));
    }

    @Test
    void aRenamedColumnIsRenamedInIncludedColumnsToo() {
        Schema renamed = SchemaEditor.apply(with(PLAIN.include("name")),
                List.of(new RenameColumn(DOC, "name", "full_name")));

        assertThat(renamed.tablesByName().get(DOC).indexes()).containsExactly(PLAIN.include("full_name"));
    }

    @Test
    void summariesAndExplanationsShowTheWholeDefinition() {
        Index partial = PLAIN.using("gin").include("name").nullsNotDistinct().where("deleted_at IS NULL");

        assertThat(OperationSummary.of(new CreateIndex(DOC, partial))).isEqualTo(
                "add index 'ix_doc_email' on 'doc' (email) using gin include (name) nulls not distinct "
                        + "where deleted_at IS NULL");
        assertThat(OperationSummary.of(new DropIndex(DOC, partial))).isEqualTo(
                "drop index 'ix_doc_email' on 'doc' (email) using gin include (name) nulls not distinct "
                        + "where deleted_at IS NULL");
        assertThat(OperationSummary.of(new DropIndex(DOC, PLAIN))).isEqualTo("drop index 'ix_doc_email' on 'doc'");
        assertThat(Explanation.of(new DropIndex(DOC, partial))).containsExactly("index ix_doc_email on doc(email) "
                + "using gin include (name) nulls not distinct where deleted_at IS NULL: no mapping asks for it; "
                + "database has it");
    }
}
