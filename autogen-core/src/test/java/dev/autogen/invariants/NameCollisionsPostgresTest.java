package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.compile;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static dev.autogen.invariants.ScenarioHarness.run;
import static dev.autogen.invariants.ScenarioHarness.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.KeyOrder;
import dev.autogen.diff.NameChoice;
import dev.autogen.diff.NameChoiceNotes;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.CreateTable;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities that give one name to two relations of a schema, on real PostgreSQL: Hibernate's own
 * export fails (or PostgreSQL names the keys itself), autogen's migration applies with a name of its
 * choosing, says why, converges, reverts and regenerates identically.
 */
class NameCollisionsPostgresTest {

    private static final String HASHED = "dev.autogen.entities.fixtures.collisions.hashed";
    private static final String COPIED = "dev.autogen.entities.fixtures.collisions.copied";
    private static final String READABLE = "dev.autogen.entities.fixtures.collisions.readable";
    private static final DiffOptions OPTIONS = new DiffOptions(KeyOrder.SET,
            ScenarioHarness.DIALECT.maxIdentifierBytes());

    @TempDir
    Path work;

    private final List<CompiledMigrations> open = new ArrayList<>();

    @AfterEach
    void closeLoaders() {
        open.forEach(CompiledMigrations::close);
    }

    private static UniqueConstraint onlyUnique(Schema schema, String table) {
        List<UniqueConstraint> uniques = schema.table(TableName.of(table)).orElseThrow().uniques();
        assertThat(uniques).hasSize(1);
        return uniques.get(0);
    }

    @Test
    void twoCollectionTablesOfOneOwnerGetTheNamesPostgresqlGivesTheirAnonymousKeys() throws Exception {
        // Hibernate hashes one name for both keys (it hashes the owner's table) but writes them anonymously,
        // so PostgreSQL names each after its own table; autogen names them the same way, and nothing collides
        Schema wanted = desired(HASHED);
        assertThat(onlyUnique(wanted, "person_home_address").name()).startsWith("person_home_address_")
                .endsWith("_key");
        assertThat(onlyUnique(wanted, "person_work_address").name()).startsWith("person_work_address_")
                .endsWith("_key");

        Migrated migrated = migrateFromEmpty(HASHED);
        assertThat(migrated.uniqueNames()).containsExactly(onlyUnique(wanted, "person_home_address").name(),
                onlyUnique(wanted, "person_work_address").name());
        assertThat(migrated.choices()).isEmpty();
    }

    @Test
    void hibernatesOwnExportOfTheSameEntitiesIsNoDifference() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            ScenarioHarness.hibernateExport(HASHED, db);

            assertThat(SchemaDiff.compare(canonical(db, introspect(db)), canonical(db, desired(HASHED)), OPTIONS))
                    .as("PostgreSQL named the anonymous keys of Hibernate's CREATE TABLE itself").isEmpty();
        }
    }

    @Test
    void theReadableConventionCollidesTheSameWay() throws Exception {
        Schema wanted = desired(READABLE);
        String name = onlyUnique(wanted, "person_home_address").name();
        assertThat(name).startsWith("uq_person_");
        assertThat(onlyUnique(wanted, "person_work_address").name()).isEqualTo(name);

        assertThat(migrateFromEmpty(READABLE).uniqueNames()).containsExactly(name, name + "_1");
    }

    @Test
    void namesCopiedFromEntityToEntityFailHibernatesExportButNotTheMigration() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            assertThatThrownBy(() -> ScenarioHarness.hibernateExport(COPIED, db)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("\"uk_code\" already exists");
        }

        Migrated migrated = migrateFromEmpty(COPIED);
        assertThat(migrated.uniqueNames()).containsExactly("uk_code", "uk_code_1");
        assertThat(migrated.indexNames()).containsExactly("ix_created", "ix_created_1");
        assertThat(migrated.choices()).extracting(NameChoice::describe).containsExactly(
                "unique constraint uk_code of orders is named uk_code_1: unique constraint uk_code of invoice has the "
                        + "name uk_code, and indexes, keys, tables and sequences share one name space per schema",
                "index ix_created of orders is named ix_created_1: index ix_created of invoice has the name "
                        + "ix_created, and indexes, keys, tables and sequences share one name space per schema");
    }

    @Test
    void aNameTheDatabaseAlreadyHasForAnotherTableIsLeftToIt() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE audit (id bigint PRIMARY KEY, created_at timestamp)",
                    "CREATE INDEX ix_created ON audit (created_at)");
            Table audit = introspect(db).table(TableName.of("audit")).orElseThrow();
            Schema wanted = canonical(db, desired(COPIED).with(audit));

            Prepared first = prepare(db, wanted, "M1_adopt", "aaaaaaaaaaa1", List.of());
            run(db, first.graph(), true, "head");

            assertThat(indexNames(introspect(db))).containsExactly("ix_created", "ix_created_1", "ix_created_2");
            assertThat(first.choices()).extracting(NameChoice::holder)
                    .contains("index ix_created of audit");
            assertThat(SchemaDiff.compare(canonical(db, introspect(db)), wanted, OPTIONS)).isEmpty();
            run(db, first.graph(), false, "base");
            assertThat(introspect(db).tables()).extracting(Table::name).containsExactly(TableName.of("audit"));
        }
    }

    private static List<String> indexNames(Schema schema) {
        return schema.tables().stream().flatMap(t -> t.indexes().stream()).map(Index::name).sorted().toList();
    }

    /** What the migration from an empty database did. */
    private record Migrated(List<String> uniqueNames, List<String> indexNames, List<NameChoice> choices,
                            String source) {
    }

    private record Prepared(RevisionGraph graph, List<NameChoice> choices, String source) {
    }

    /** A migration of {@code wanted} from what {@code db} has, written, compiled, as -m would. */
    private Prepared prepare(TestDatabase db, Schema wanted, String className, String revision, List<String> parents)
            throws Exception {
        SchemaDiff.Plan plan = SchemaDiff.plan(canonical(db, introspect(db)), wanted, List.of(), OPTIONS);
        MigrationSpec spec = new MigrationSpec(ScenarioHarness.PACKAGE, className, revision, parents, "collisions",
                Instant.parse("2026-12-03T10:00:00Z"), plan.operations(), SchemaDiff.inverse(plan.operations()))
                .withNotes((op, existing) -> new NameChoiceNotes(plan.nameChoices()).of(op));
        String source = MigrationWriter.write(spec);
        Path dir = work.resolve("migrations-" + className);
        write(dir, className, source);
        return new Prepared(compile(dir, work.resolve("cache-" + className), open), plan.nameChoices(), source);
    }

    /**
     * The proof of {@code -m}, from an empty database: applied, the diff empty, reverted to
     * nothing, and the same source generated again.
     */
    private Migrated migrateFromEmpty(String entities) throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            Schema wanted = canonical(db, desired(entities));
            Prepared prepared = prepare(db, wanted, "M1_collisions", "aaaaaaaaaaa1", List.of());
            run(db, prepared.graph(), true, "head");
            Schema applied = introspect(db);

            assertThat(SchemaDiff.compare(canonical(db, applied), wanted, OPTIONS)).as("converges").isEmpty();
            run(db, prepared.graph(), false, "base");
            assertThat(introspect(db).tables()).as("downgrade leaves nothing").isEmpty();
            assertThat(prepare(db, wanted, "M1_collisions", "aaaaaaaaaaa1", List.of()).source())
                    .as("regenerated byte for byte").isEqualTo(prepared.source());

            List<String> uniques = applied.tables().stream().flatMap(t -> t.uniques().stream())
                    .map(UniqueConstraint::name).sorted().toList();
            return new Migrated(uniques, indexNames(applied), prepared.choices(), prepared.source());
        }
    }
}
