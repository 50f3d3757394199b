package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EntityModelTest {

    private static final String NAMING = "dev.autogen.entities.fixtures.naming";
    private static final String FIXTURES = "dev.autogen.entities.fixtures.";

    static Path testClasses() throws URISyntaxException {
        return Path.of(EntityModelTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static Schema read(String pkg, Map<String, String> properties) throws Exception {
        try (EntityModel model = EntityModel.load(new EntitySource(List.of(testClasses()), List.of(pkg), properties),
                new PostgresDialect())) {
            return model.schema();
        }
    }

    @Test
    void defaultNamingKeepsEntityNamesWhichPostgresFoldsToLowerCase() throws Exception {
        Schema schema = read(NAMING, Map.of());

        assertThat(schema.tablesByName().keySet()).containsExactly(TableName.of("orderline"), TableName.of("purchaseorder"));
        assertThat(schema.table(TableName.of("orderline")).orElseThrow().columns()).extracting(Column::name)
                .contains("productname", "quantityordered", "purchaseorder_id");
    }

    @Test
    void hibernatePropertiesPassThroughSoSpringBootNamingIsOneSettingAway() throws Exception {
        Schema schema = read(NAMING, Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));

        Table line = schema.table(TableName.of("order_line")).orElseThrow();
        assertThat(line.columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("id", "product_name", "quantity_ordered", "purchase_order_id");
        assertThat(line.foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(TableName.of("purchase_order")));
    }

    @Test
    void hibernatesDefaultSchemaQualifiesTheTables() throws Exception {
        Schema schema = read(NAMING, Map.of("hibernate.default_schema", "app"));

        assertThat(schema.tablesByName().keySet())
                .containsExactly(new TableName("app", "orderline"), new TableName("app", "purchaseorder"));
        assertThat(schema.table(new TableName("app", "orderline")).orElseThrow().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(new TableName("app", "purchaseorder")));
    }

    @Test
    void beanValidationShapesTheColumnsAsHibernateWould() throws Exception {
        Table line = read(NAMING, Map.of()).table(TableName.of("orderline")).orElseThrow();

        Column productName = line.column("productname").orElseThrow();
        assertThat(productName.type()).isEqualTo("character varying(80)");
        assertThat(productName.nullable()).isFalse();
        assertThat(line.column("quantityordered").orElseThrow().nullable()).isFalse();
        assertThat(line.column("id").orElseThrow().identity()).isTrue();
    }

    @Test
    void aPackageWithNoEntitiesIsAClearError() {
        assertThatThrownBy(() -> read("dev.autogen.entities.fixtures.empty", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("no @Entity classes in packages [dev.autogen.entities.fixtures.empty]");
    }

    @Test
    void aMissingClasspathEntrySaysToCompile() {
        assertThatThrownBy(() -> EntityModel.load(new EntitySource(List.of(Path.of("no/such/target/classes")),
                List.of(NAMING), Map.of()), new PostgresDialect()))
                .isInstanceOf(AutogenException.class)
                .hasMessageContaining("does not exist; compile the entities first");
    }

    @Test
    void sequencesAreThoseHibernatesGeneratorsRegister() throws Exception {
        Schema schema = read(FIXTURES + "sequences", Map.of());

        assertThat(schema.sequences()).containsExactly(
                new Sequence(TableName.of("autothing_seq"), 1, 50),
                new Sequence(TableName.of("named_seq"), 100, 10),
                new Sequence(TableName.of("plain_seq_thing_seq"), 1, 50),
                new Sequence(new TableName("billing", "invoice_no_seq"), 1, 1));
        assertThat(schema.namespaces()).containsExactly("billing");
    }

    @Test
    void aTableGeneratorsTableIsATable() throws Exception {
        Table idGen = read(FIXTURES + "sequences", Map.of()).table(TableName.of("id_gen")).orElseThrow();

        // in the order a SessionFactory's export writes them: by size (bigint before character varying(255))
        assertThat(idGen.columns()).extracting(Column::name).containsExactly("gen_value", "gen_name");
        assertThat(idGen.primaryKey().columns()).containsExactly("gen_name");
    }

    @Test
    void hibernatesDefaultSchemaQualifiesUnqualifiedSequences() throws Exception {
        Schema schema = read(FIXTURES + "sequences", Map.of("hibernate.default_schema", "app"));

        assertThat(schema.sequence(new TableName("app", "autothing_seq"))).isPresent();
        assertThat(schema.sequence(new TableName("billing", "invoice_no_seq"))).isPresent();
    }

    @Test
    void checksComeFromEnumsBeanValidationAndCheckAnnotationsWithPostgresNames() throws Exception {
        Table shipment = read(FIXTURES + "checks", Map.of()).table(TableName.of("shipment")).orElseThrow();

        assertThat(shipment.checks()).containsExactlyInAnyOrder(
                new CheckConstraint("shipment_code_check", "length(code) = 3"),
                new CheckConstraint("shipment_mode_check", "(mode <> 'LARGE') and (mode in ('SMALL','LARGE'))"),
                new CheckConstraint("ck_shipment_note", "note <> ''"),
                new CheckConstraint("shipment_quantity_check", "(quantity<=99) and (quantity>=1)"),
                new CheckConstraint("shipment_size_check", "size between 0 and 1"),
                new CheckConstraint("shipment_status_check", "status in ('NEW','SHIPPED','DELIVERED')"),
                new CheckConstraint("ck_jpa_table", "weight <> 13"),
                new CheckConstraint("ck_shipment_weight", "weight > 0"),
                new CheckConstraint("shipment_weight_check", "weight < 1000"),
                new CheckConstraint("shipment_weight_check1", "weight <> 7"),
                new CheckConstraint("shipment_check", "quantity < weight"));
        assertThat(shipment.column("price").orElseThrow().type()).isEqualTo("numeric(10,2)");
    }

    @Test
    void checkNamesAreThoseThatPostgresGivesHibernatesExport() throws Exception {
        for (String pkg : List.of("checks", "sequences", "schemas", "comments")) {
            try (EntityModel model = EntityModel.load(new EntitySource(List.of(testClasses()),
                    List.of(FIXTURES + pkg), Map.of()), new PostgresDialect());
                 TestDatabase db = TestDatabases.create()) {
                db.execute(model.hibernateCreateDdl().toArray(String[]::new));

                Set<String> expected = new TreeSet<>();
                model.schema().tables().forEach(t -> t.checks().forEach(c -> expected.add(t.name() + " " + c.name())));
                assertThat(rows(db, CHECK_NAMES)).as(pkg).containsExactlyElementsOf(expected);
                Set<String> sequences = new TreeSet<>();
                model.schema().sequences().forEach(s -> sequences.add(s.name() + " " + s.start() + " " + s.increment()));
                assertThat(rows(db, SEQUENCES)).as(pkg).containsExactlyElementsOf(sequences);
            }
        }
    }

    @Test
    void commentsComeFromHibernatesCommentAndJpaCommentMembers() throws Exception {
        Schema schema = read(FIXTURES + "comments", Map.of());

        Table memo = schema.table(TableName.of("memo")).orElseThrow();
        assertThat(memo.comment()).isEqualTo("Short notes, one per row");
        assertThat(memo.column("body").orElseThrow().comment()).isEqualTo("What the note says; free text");
        assertThat(memo.column("author").orElseThrow().comment()).isEqualTo("who wrote it");
        assertThat(memo.column("plain").orElseThrow().comment()).isNull();
        assertThat(schema.table(TableName.of("label")).orElseThrow().comment()).isEqualTo("labels for memos");
    }

    @Test
    void tablesInNamedSchemasKeepTheirSchemaAndTheDefaultOneIsNull() throws Exception {
        Schema schema = read(FIXTURES + "schemas", Map.of());

        assertThat(schema.tablesByName().keySet()).containsExactlyInAnyOrder(TableName.of("setting"),
                new TableName("billing", "invoice"), new TableName("crm", "customer"));
        assertThat(schema.namespaces()).containsExactly("billing", "crm");
        assertThat(schema.table(new TableName("billing", "invoice")).orElseThrow().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(new TableName("crm", "customer")));
    }

    @Test
    void implicitCheckNamesAreShortenedAsPostgresShortensThem() {
        String table = "a_very_long_table_name_that_goes_on_and_on_for_quite_a_while_x";
        ImplicitCheckNames names = new ImplicitCheckNames(table, List.of("id", "another_rather_long_column_name"),
                Set.of());

        // the same names as PostgreSQL gives fixtures.checks.LongNames (see the test above)
        String first = names.next("another_rather_long_column_name>=0");
        assertThat(first).isEqualTo("a_very_long_table_name_that__another_rather_long_column_n_check");
        assertThat(first.length()).isEqualTo(63);
        assertThat(names.next("another_rather_long_column_name<=9"))
                .isEqualTo("a_very_long_table_name_that__another_rather_long_column__check1");
        assertThat(names.next("id <> another_rather_long_column_name"))
                .isEqualTo("a_very_long_table_name_that_goes_on_and_on_for_quite_a_wh_check");
    }

    @Test
    void implicitCheckNamesSeeColumnsButNotFunctionsTypesOrLiterals() {
        ImplicitCheckNames names = new ImplicitCheckNames("t", List.of("code", "text", "length", "Mixed"), Set.of());

        assertThat(names.columnsRead("length(code) = 3 and code::text <> 'length'")).containsExactly("code");
        assertThat(names.columnsRead("\"Mixed\" > 0 and mixed > 1")).containsExactly("Mixed");
        assertThat(names.columnsRead("1.5e3 > 0")).isEmpty();
    }

    private static final String CHECK_NAMES = """
            SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || r.relname || ' ' || c.conname
            FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
            WHERE c.contype = 'c' ORDER BY 1""";

    private static final String SEQUENCES = """
            SELECT CASE WHEN schemaname = 'public' THEN '' ELSE schemaname || '.' END || sequencename
                   || ' ' || start_value || ' ' || increment_by
            FROM pg_sequences ORDER BY 1""";

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
