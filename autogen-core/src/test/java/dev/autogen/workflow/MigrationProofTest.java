package dev.autogen.workflow;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.config.AutogenConfig;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof that runs before a generated migration is written: upgrade, diff again, downgrade. */
class MigrationProofTest {

    @TempDir
    Path dir;

    private final Table note = Table.of(TableName.of("note"), List.of(column("id", "bigint").notNull(),
            column("body", "text"), primaryKey(null, "id")));
    private final Schema desired = Schema.of(List.of(note));

    private Project project() {
        AutogenConfig config = new AutogenConfig(dir.resolve("autogen.toml"), Optional.empty(), List.of("x"),
                List.of(), dir.resolve("migrations"), "com.acme.migrations", "autogen_version", Map.of());
        return new Project(config, Optional.empty());
    }

    private static String source(List<Operation> upgrade, List<Operation> downgrade) {
        return MigrationWriter.write(new MigrationSpec("com.acme.migrations", "M1_note", "aaaaaaaaaaaa", List.of(),
                "note", Instant.parse("2026-11-22T22:40:00Z"), upgrade, downgrade));
    }

    private void prove(String source) {
        try (TestDatabase db = TestDatabases.create(); Project project = project();
             DatabaseSession session = DatabaseSession.live(DatabaseUrl.of(db.url(), db.user(), db.password()))) {
            new MigrationProof(project, session).prove("M1_note", source, desired);
        }
    }

    @Test
    void aMigrationThatConvergesAndReversesIsProven() {
        List<Operation> upgrade = List.of(new CreateTable(note));

        assertThatCode(() -> prove(source(upgrade, SchemaDiff.inverse(upgrade)))).doesNotThrowAnyException();
    }

    @Test
    void aMigrationThatDoesNotReachTheEntitiesIsRefused() {
        Table without = note.withColumns(cols -> List.of(cols.get(0)));
        List<Operation> upgrade = List.of(new CreateTable(without));

        assertThatThrownBy(() -> prove(source(upgrade, SchemaDiff.inverse(upgrade))))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("the new migration does not converge: after its upgrade, the diff still finds "
                        + "add column 'note.body' text");
    }

    @Test
    void aDowngradeThatDoesNotRestoreTheSchemaIsRefused() {
        List<Operation> upgrade = List.of(new CreateTable(note));

        assertThatThrownBy(() -> prove(source(upgrade, List.of(new Execute("SELECT 1", null)))))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("the new migration's downgrade does not restore the schema: it misses "
                        + "drop table 'note'");
    }

    @Test
    void aMigrationThePostgresRefusesIsRefused() {
        List<Operation> upgrade = List.of(new Execute("CREATE TABLE note (id bigint PRIMARY KEY, body nosuchtype)", null));

        assertThatThrownBy(() -> prove(source(upgrade, List.of())))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("the new migration fails on a database at head")
                .hasMessageContaining("nosuchtype")
                .hasMessageEndingWith("nothing was written (--no-verify writes it anyway)");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }
}
