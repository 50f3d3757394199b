package dev.autogen.entities;

import static dev.autogen.api.Ddl.enumType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named enum types as Hibernate's export creates them: simple name folded, values sorted. */
class EnumReaderTest {

    @Test
    void namedEnumsBecomeEnumTypesAndTheirColumnsUseThem() throws Exception {
        Schema schema = EntityModelTest.read("dev.autogen.entities.fixtures.enums", Map.of());
        assertThat(schema.enums()).containsExactly(
                enumType("shippingmode", "AIR", "ROAD", "SEA"),
                enumType("speed", "FAST", "SLOW"));
        Table table = schema.table(TableName.of("enum_shipment")).orElseThrow();
        assertThat(table.column("mode").orElseThrow().type()).isEqualTo("shippingmode");
        assertThat(table.column("speed").orElseThrow().type()).isEqualTo("speed");
        assertThat(table.column("plain").orElseThrow().type()).isEqualTo("character varying(10)");
    }
}
