package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.DIALECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.scenarios.Scenarios;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema autogen builds is the schema Hibernate builds, object for object: for every version of
 * every scenario, one database gets Hibernate's own schema export (a {@code SessionFactory} with the
 * {@code create} action, {@link HibernateOwnExport}), another the migration autogen generates from
 * empty (its {@code createTable}, {@code createEnum}, {@code createSequence}...), and the two catalogs
 * are compared line by line ({@link CatalogSnapshot}), read with SQL of their own rather than through
 * autogen's introspection, so that what autogen's model does not know (the casts Hibernate creates
 * for an enum type, column order, a generation expression, a collation) is compared too. Check
 * expressions alone are compared as autogen compares them: in PostgreSQL's canonical spelling, the
 * terms of a conjunction sorted (Hibernate's order of them changes from run to run).
 */
class HibernateFidelityTest {

    /** Every version with tables; {@code -Dfidelity.only=s55,s82} runs those scenarios only. */
    static Stream<String> versions() {
        List<String> only = List.of(System.getProperty("fidelity.only", "").split(","));
        return Scenarios.all().stream()
                .filter(s -> only.equals(List.of("")) || only.stream().anyMatch(o -> s.name().startsWith(o)))
                .flatMap(s -> Stream.of(s.v1Package(), s.v2Package()))
                .filter(p -> !ScenarioHarness.desired(p).tables().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void autogensSchemaIsHibernatesSchema(String version) throws Exception {
        try (TestDatabase hibernate = TestDatabases.create(); TestDatabase autogen = TestDatabases.create()) {
            if (!HibernateOwnExport.create(version, hibernate)) {
                // no SessionFactory (s66's Character[]): Hibernate's schema tool on the same ordered metadata
                ScenarioHarness.hibernateExport(version, hibernate);
            }
            Schema desired = ScenarioHarness.canonical(autogen, ScenarioHarness.desired(version));
            apply(autogen, SchemaDiff.compare(ScenarioHarness.introspect(autogen), desired));

            assertThat(snapshot(autogen, version)).as("catalog of autogen's migration of %s against Hibernate's export", version)
                    .containsExactlyElementsOf(snapshot(hibernate, version));
        }
    }

    private static List<String> snapshot(TestDatabase db, String version) throws SQLException {
        List<String> checks = new ArrayList<>();
        ScenarioHarness.canonical(db, ScenarioHarness.introspect(db)).tables().forEach(t -> t.checks()
                .forEach(c -> checks.add("check " + t.name() + " " + c.name() + " CHECK " + c.expression())));
        List<String> lines = CatalogSnapshot.of(db, checks);
        // PostgreSQL's default precision of time types is 6: `interval` and `interval(6)` are one type
        // (issue 9, class 1), and autogen spells the precision out where a columnDefinition left it out
        lines.replaceAll(l -> l.replaceAll("\\b(time|timestamp|interval|second)\\(6\\)", "$1"));
        if (readableNames(version)) {
            // the readable convention names unique keys uq_...; Hibernate's own DDL writes them anonymously
            lines.replaceAll(l -> l.matches("(constraint \\S+ \\S+ UNIQUE|index CREATE UNIQUE INDEX \\S+ ON) .*")
                    && !l.contains("_pkey") ? l.replaceFirst("^(constraint \\S+ |index CREATE UNIQUE INDEX )\\S+", "$1<name>") : l);
            lines.sort(null);
        }
        return lines;
    }

    private static boolean readableNames(String version) {
        return String.valueOf(ScenarioHarness.source(version).hibernateProperties().get("hibernate.implicit_naming_strategy"))
                .endsWith("ReadableNamingStrategy");
    }

    private static void apply(TestDatabase db, List<Operation> operations) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (Operation op : operations) {
                for (String sql : DIALECT.render(op)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + "\n  in: " + sql, e);
                    }
                }
            }
        }
    }
}
