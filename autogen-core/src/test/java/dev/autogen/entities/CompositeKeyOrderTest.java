package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The desired primary keys list their columns in the order Hibernate's own export writes them: a
 * SessionFactory orders the columns of composite keys by size, then name, and the foreign keys to
 * them follow (HibernateFidelityTest compares the catalogs; this holds the order without a database).
 * {@code hibernate.column_ordering_strategy = legacy} keeps Hibernate's binding order (the properties of
 * an id class or embeddable sorted by name), as it does for Hibernate.
 */
class CompositeKeyOrderTest {

    private static final String V2 = "dev.autogen.scenarios.s82_composite_key_column_order.v2";

    @Test
    void compositeKeysAreInHibernatesColumnOrder() throws Exception {
        Schema schema = EntityModelTest.read(V2, Map.of());

        assertThat(pk(schema, "shipment")).containsExactly("year", "number", "carrier");
        assertThat(pk(schema, "route_stop")).containsExactly("stop_index", "route_id");
        assertThat(pk(schema, "route_name")).containsExactly("locale", "route_id");
        assertThat(pk(schema, "route_depot")).containsExactly("visit", "route_id");
        assertThat(pk(schema, "leg")).containsExactly("leg_no", "route_id");
        assertThat(table(schema, "leg_event").foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("leg_no", "leg_route_id");
            assertThat(fk.referencedColumns()).containsExactly("leg_no", "route_id");
        });
    }

    @Test
    void theLegacyStrategyKeepsTheBindingOrder() throws Exception {
        Schema schema = EntityModelTest.read(V2, Map.of("hibernate.column_ordering_strategy", "legacy"));

        assertThat(pk(schema, "shipment")).containsExactly("carrier", "number", "year");
    }

    private static List<String> pk(Schema schema, String table) {
        return table(schema, table).primaryKey().columns();
    }

    private static Table table(Schema schema, String name) {
        return schema.table(TableName.of(name)).orElseThrow();
    }
}
