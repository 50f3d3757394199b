package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.scenarios.Scenario;
import dev.autogen.scenarios.Scenarios;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario version maps in Hibernate, Hibernate's own export of it runs on PostgreSQL, and
 * what the reader says about the names PostgreSQL makes up (checks) and about schemas and
 * sequences is what that export created.
 */
class ScenarioEntitiesTest {

    static Stream<String> versions() {
        return Scenarios.all().stream().flatMap(s -> Stream.of(s.v1Package(), s.v2Package()));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void hibernatesExportCreatesWhatTheReaderReads(String pkg) throws Exception {
        EntityModel model;
        try {
            model = EntityModel.load(new EntitySource(List.of(EntityModelTest.testClasses()), List.of(pkg), Map.of()),
                    new PostgresDialect());
        } catch (dev.autogen.AutogenException e) {
            assertThat(e.getMessage()).startsWith("no @Entity classes");
            return;
        }
        try (model; TestDatabase db = TestDatabases.create()) {
            db.execute(model.hibernateCreateDdl().toArray(String[]::new));
            Schema schema = model.schema();

            TreeSet<String> checks = new TreeSet<>();
            schema.tables().forEach(t -> t.checks().forEach(c -> checks.add(t.name() + " " + c.name())));
            assertThat(rows(db, CHECKS)).containsExactlyElementsOf(checks);
            TreeSet<String> sequences = new TreeSet<>();
            schema.sequences().forEach(s -> sequences.add(s.name() + " " + s.start() + " " + s.increment()));
            assertThat(rows(db, SEQUENCES)).containsExactlyElementsOf(sequences);
            assertThat(rows(db, SCHEMAS)).containsExactlyElementsOf(schema.namespaces());
        }
    }

    private static final String QUALIFIED = "CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END";

    private static final String CHECKS = "SELECT " + QUALIFIED + " || r.relname || ' ' || c.conname"
            + " FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
            + " WHERE c.contype = 'c' ORDER BY 1";

    private static final String SEQUENCES = "SELECT " + QUALIFIED + " || r.relname || ' ' || s.seqstart || ' ' || s.seqincrement"
            + " FROM pg_sequence s JOIN pg_class r ON r.oid = s.seqrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
            + " WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = r.oid AND d.deptype IN ('a', 'i'))"
            + " ORDER BY 1";

    private static final String SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
            + " AND nspname NOT IN ('public', 'information_schema') ORDER BY 1";

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
