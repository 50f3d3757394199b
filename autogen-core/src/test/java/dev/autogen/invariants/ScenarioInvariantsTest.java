package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.compile;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static dev.autogen.invariants.ScenarioHarness.run;
import static dev.autogen.invariants.ScenarioHarness.source;
import static dev.autogen.invariants.ScenarioHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.scenarios.Scenario;
import dev.autogen.scenarios.Scenarios;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md's invariants 1–4 over every scenario (entities v1 → v2), on real PostgreSQL, and the
 * cache of canonical spellings over the same schemas. The entities of each version are read once per
 * test JVM ({@link ScenarioHarness#mapping}), but for invariant 4, whose regeneration reads them again.
 */
class ScenarioInvariantsTest {

    @TempDir
    Path work;

    private final List<CompiledMigrations> open = new ArrayList<>();

    static Stream<Scenario> scenarios() {
        return Scenarios.all().stream();
    }

    @AfterEach
    void closeLoaders() {
        open.forEach(CompiledMigrations::close);
    }

    /**
     * Invariant 1: a database made by Hibernate's own schema export diffs as empty. On the same
     * database, the cache of canonical spellings ({@link SpellingCacheCheck}): the entities' schema
     * and the exported one, spelled with the cache and by a later run from the cache alone, are what
     * the database spells.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noFalsePositivesAgainstHibernatesOwnSchemaExport(Scenario scenario) throws Exception {
        Path cache = work.resolve("spelling-cache");
        for (String version : List.of(scenario.v1Package(), scenario.v2Package())) {
            try (TestDatabase db = TestDatabases.create()) {
                ScenarioHarness.hibernateExport(version, db);
                Schema exported = introspect(db);
                Schema current = canonical(db, exported);
                Schema wanted = canonical(db, desired(version));

                assertThat(SchemaDiff.compare(current, wanted))
                        .as("diff of %s against Hibernate's export", version).isEmpty();
                SpellingCacheCheck.spellsAsTheDatabase(db, cache, desired(version), wanted, version);
                SpellingCacheCheck.spellsAsTheDatabase(db, cache, exported, current, version + " as exported");
            }
        }
    }

    /** Invariants 2, 3 and 4: convergence, exact reversal, byte-identical regeneration. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void generatedMigrationsConvergeReverseAndRegenerateIdentically(Scenario scenario) throws Exception {
        Path sources = work.resolve("migrations");
        try (TestDatabase db = TestDatabases.create()) {
            Schema v1 = canonical(db, desired(scenario.v1Package()));
            Schema v2 = canonical(db, desired(scenario.v2Package()));
            List<Operation> first = SchemaDiff.compare(introspect(db), v1);
            String firstSource = source("M1_v1", "aaaaaaaaaaa1", List.of(), "v1", first);
            write(sources, "M1_v1", firstSource);
            RevisionGraph graph = compile(sources, work.resolve("cache1"), open);
            run(db, graph, true, "head");
            Schema atV1 = introspect(db);
            assertThat(SchemaDiff.compare(canonical(db, atV1), v1)).as("v1 converges").isEmpty();

            List<Operation> second = SchemaDiff.compare(canonical(db, atV1), v2);
            boolean noChange = scenario.name().equals("s36_no_changes");
            assertThat(second.isEmpty()).as("a change is detected exactly when the entities changed")
                    .isEqualTo(noChange);
            String secondSource = source("M2_v2", "bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"), "v2", second);
            write(sources, "M2_v2", secondSource);
            graph = compile(sources, work.resolve("cache2"), open);
            run(db, graph, true, "head");
            Schema atV2 = introspect(db);
            assertThat(SchemaDiff.compare(canonical(db, atV2), v2)).as("v2 converges (invariant 2)").isEmpty();
            assertThat(ScenarioHarness.versionRows(db)).isEqualTo(2);

            run(db, graph, false, "-1");
            assertThat(introspect(db).ignoringColumnOrder()).as("downgrade restores v1 exactly (invariant 3)")
                    .isEqualTo(atV1.ignoringColumnOrder());

            run(db, graph, false, "base");
            assertThat(introspect(db).tables()).as("downgrade base leaves no table").isEmpty();
            assertThat(introspect(db).sequences()).as("downgrade base leaves no sequence").isEmpty();
            assertThat(introspect(db).namespaces()).as("downgrade base leaves no schema").isEmpty();
            assertThat(ScenarioHarness.versionRows(db)).isZero();

            assertThat(source("M2_v2", "bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"), "v2",
                    SchemaDiff.compare(canonical(db, atV1), canonical(db, ScenarioHarness.desiredAfresh(scenario.v2Package())))))
                    .as("regeneration is byte-identical (invariant 4)").isEqualTo(secondSource);
        }
    }
}
