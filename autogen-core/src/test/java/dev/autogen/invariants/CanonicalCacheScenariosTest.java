package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.DIALECT;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.SpellingFiles;
import dev.autogen.scenarios.Scenario;
import dev.autogen.scenarios.Scenarios;
import dev.autogen.schema.Schema;
import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache of canonical spellings over every scenario: the entities' schemas and the schema
 * Hibernate's export made of the later one, spelled through the database and then by a later run from the cache
 * file alone, are equal record for record, and the later run sends one query (the context's;
 * the views' queries are not cached).
 */
class CanonicalCacheScenariosTest {

    @TempDir
    Path work;

    static Stream<Scenario> scenarios() {
        return Scenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aLaterRunSpellsFromTheCacheExactlyAsTheDatabaseDoes(Scenario scenario) throws Exception {
        Path cache = work.resolve("cache");
        for (String version : List.of(scenario.v1Package(), scenario.v2Package())) {
            try (TestDatabase db = TestDatabases.create()) {
                // the database's side too, on the later version (Hibernate's export is what takes time)
                boolean export = version.equals(scenario.v2Package());
                if (export) {
                    ScenarioHarness.hibernateExport(version, db);
                }
                for (Schema schema : export ? List.of(desired(version), introspect(db)) : List.of(desired(version))) {
                    Schema asked;
                    try (Connection c = db.connect()) {
                        asked = DIALECT.canonicalize(c, schema);
                        assertThat(DIALECT.canonicalize(c, schema, new SpellingFiles(cache))).isEqualTo(asked);
                    }
                    try (Connection real = db.connect()) {
                        CountingConnection counting = new CountingConnection(real);
                        Schema remembered = DIALECT.canonicalize(counting.connection(), schema, new SpellingFiles(cache));
                        assertThat(remembered).as("%s from the cache", version).isEqualTo(asked);
                        // the views' statement, query and rollback are not cached
                        int views = schema.views().stream().anyMatch(v -> !v.materialized()) ? 3 : 0;
                        assertThat(counting.calls().size() - views)
                                .as("%s: only the context query: %s", version, counting.calls()).isLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }
}
