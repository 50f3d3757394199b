package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityModelTest {

    private static final String NAMING = "dev.autogen.entities.fixtures.naming";

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
}
