package dev.autogen.codegen;

import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.Operation;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationWriterTest {

    @Test
    void everyOperationMatchesItsGoldenFile() {
        Golden.assertMatches("M20261122_224000_teams_invoice_lines_and_the_rest.java.txt",
                MigrationWriter.write(Specs.everyOperation()));
    }

    /** So that a new operation cannot slip past the golden and the compile-and-record test. */
    @Test
    void everyOperationSpecHoldsEveryKindOfOperation() {
        MigrationSpec spec = Specs.everyOperation();

        assertThat(Operation.class.getPermittedSubclasses())
                .allSatisfy(kind -> assertThat(spec.upgrade()).as("everyOperation() upgrade").hasAtLeastOneElementOfType(kind));
    }

    @Test
    void oneAddedColumnMatchesItsGoldenFile() {
        Golden.assertMatches("M20261122_224000_add_archived_at.java.txt", MigrationWriter.write(Specs.addArchivedAt()));
    }

    @Test
    void concurrentIndexesMatchTheirGoldenFile() {
        Golden.assertMatches("M20261122_224000_add_archived_at_concurrent_indexes.java.txt",
                MigrationWriter.write(Specs.concurrentIndexes()));
    }

    @Test
    void indexKindsMatchTheirGoldenFile() {
        Golden.assertMatches("M20261122_224000_index_kinds.java.txt", MigrationWriter.write(Specs.indexKinds()));
    }

    @Test
    void emptyMigrationMatchesItsGoldenFile() {
        Golden.assertMatches("M20261122_224000_backfill_full_name.java.txt",
                MigrationWriter.writeEmpty(Specs.spec("5e6f1a2b3c4d", List.of(), "backfill full_name", List.of())));
    }

    @Test
    void sameSpecGivesTheSameBytes() {
        assertThat(MigrationWriter.write(Specs.everyOperation())).isEqualTo(MigrationWriter.write(Specs.everyOperation()));
        MigrationSpec empty = Specs.spec("5e6f1a2b3c4d", List.of(), "backfill", List.of());
        assertThat(MigrationWriter.writeEmpty(empty)).isEqualTo(MigrationWriter.writeEmpty(empty));
    }

    @Test
    void headerNamesNoParentOneParentOrAMergesParents() {
        assertThat(MigrationWriter.write(Specs.spec("aaaaaaaaaaaa", List.of(), "first", List.of())))
                .contains(" * Parent: none (first migration)<br>\n")
                .doesNotContain("parents =");
        assertThat(MigrationWriter.write(Specs.spec("cccccccccccc", List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb"), "merge", List.of())))
                .contains(" * Parents: aaaaaaaaaaaa, bbbbbbbbbbbb<br>\n")
                .contains("parents = {\"aaaaaaaaaaaa\", \"bbbbbbbbbbbb\"}");
    }

    @Test
    void emptyBodiesSayThereIsNothingToDo() {
        String source = MigrationWriter.write(Specs.spec("aaaaaaaaaaaa", List.of(), "nothing", List.of()));

        assertThat(source).contains("""
                    public void upgrade(Op op) {
                        // nothing to do
                    }
                """).contains("""
                    public void downgrade(Op op) {
                        // nothing to do
                    }
                """);
    }

    @Test
    void secondsAreTheFinestTimeInTheHeader() {
        MigrationSpec spec = Specs.addArchivedAt();
        MigrationSpec withNanos = new MigrationSpec(spec.packageName(), spec.className(), spec.revision(), spec.parents(),
                spec.message(), spec.created().plusNanos(123_456_789), spec.upgrade(), spec.downgrade());

        assertThat(MigrationWriter.write(withNanos)).isEqualTo(MigrationWriter.write(spec));
    }

    @Test
    void stringsAreJavaLiteralsWhateverTheyHold() {
        Operation add = new AddColumn(TableName.of("notes"),
                column("body", "text").withDefault("'say \"hi\"\\n'::text"));
        String source = MigrationWriter.write(Specs.spec("aaaaaaaaaaaa", List.of(), "quotes", List.of(add)));

        assertThat(source).contains(".withDefault(\"'say \\\"hi\\\"\\\\n'::text\")");
    }
}
