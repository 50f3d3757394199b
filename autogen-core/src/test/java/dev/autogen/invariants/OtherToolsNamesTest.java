package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database whose constraints another tool named: silent where Hibernate would have chosen the
 * name itself, a rename where the entities chose it (an annotation, the readable convention).
 */
class OtherToolsNamesTest {

    private static final String V1 = "dev.autogen.scenarios.s80_readable_constraint_names.v1";
    private static final String READABLE = "dev.autogen.scenarios.s80_readable_constraint_names.v2";

    /** Hibernate's export of {@link #V1}, then every name the entities did not choose renamed as another tool would. */
    private static int renameWhatNobodyChose(TestDatabase db, Schema wanted) throws Exception {
        ScenarioHarness.hibernateExport(V1, db);
        List<String> sql = new ArrayList<>();
        for (Table table : introspect(db).tables()) {
            Table entity = wanted.table(table.name()).orElseThrow();
            String t = table.name().name();
            table.foreignKeys().stream().filter(fk -> !entity.isExplicit(fk.name())).forEach(fk -> sql.add(
                    "ALTER TABLE " + t + " RENAME CONSTRAINT \"" + fk.name() + "\" TO other_" + t + "_"
                            + String.join("_", fk.columns()) + "_fk"));
            table.uniques().stream().filter(uq -> !entity.isExplicit(uq.name())).forEach(uq -> sql.add(
                    "ALTER TABLE " + t + " RENAME CONSTRAINT \"" + uq.name() + "\" TO other_" + t + "_"
                            + String.join("_", uq.columns()) + "_uq"));
            table.indexes().stream().filter(ix -> !entity.isExplicit(ix.name())).forEach(ix -> sql.add(
                    "ALTER INDEX \"" + ix.name() + "\" RENAME TO other_" + t + "_" + String.join("_", ix.columns())
                            + "_ix"));
        }
        db.execute(sql.toArray(String[]::new));
        return sql.size();
    }

    @Test
    void namesHibernateWouldHaveMadeUpAreNeverADifference() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            Schema wanted = desired(V1);
            int renamed = renameWhatNobodyChose(db, wanted);
            Schema current = introspect(db);

            assertThat(renamed).as("the FK, unique and index Hibernate named, and author's unique email").isEqualTo(4);
            assertThat(current.table(dev.autogen.schema.TableName.of("post")).orElseThrow().foreignKeys())
                    .extracting(fk -> fk.name()).containsExactly("fk_post_editor", "other_post_author_id_fk");
            assertThat(SchemaDiff.compare(canonical(db, current), canonical(db, wanted))).isEmpty();
        }
    }

    @Test
    void namesTheReadableConventionChoosesAreRenamedTo() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            renameWhatNobodyChose(db, desired(V1));
            Schema current = introspect(db);

            List<Operation> ops = SchemaDiff.compare(canonical(db, current), canonical(db, desired(READABLE)));

            assertThat(ops).containsExactly(
                    new RenameConstraint(dev.autogen.schema.TableName.of("post"), "other_post_author_id_fk",
                            "fk_post_author_id"),
                    new RenameIndex(dev.autogen.schema.TableName.of("post"), "other_post_published_at_ix",
                            "ix_post_published_at"));
        }
    }
}
