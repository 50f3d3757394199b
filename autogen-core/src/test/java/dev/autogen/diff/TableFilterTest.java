package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.DropIndex;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilterTest {

    private static Table table(String name) {
        return Table.of(TableName.parse(name), List.of(column("id", "bigint")));
    }

    private final Schema database = Schema.of(
            List.of(table("users"), table("flyway_schema_history"), table("legacy.orders"), table("billing.invoice")),
            List.of(sequence("users_seq", 1, 50), sequence("legacy.orders_seq", 1, 1)));

    @Test
    void excludedTablesAreNeverProposedForDropping() {
        TableFilter filter = new TableFilter(List.of(), List.of("flyway_schema_history", "legacy.*"));
        Schema entities = Schema.of(List.of(table("users"), table("billing.invoice")),
                List.of(sequence("users_seq", 1, 50)));

        assertThat(SchemaDiff.compare(database, entities)).isNotEmpty();
        assertThat(SchemaDiff.compare(filter.apply(database), filter.apply(entities))).isEmpty();
    }

    @Test
    void aSequenceOwnedByAnExcludedTableIsExcludedWithIt() {
        Schema withSerial = Schema.of(List.of(table("users"), table("audit_log")),
                List.of(sequence("audit_log_id_seq", 1, 1, "audit_log", "id"), sequence("users_seq", 1, 50)));
        TableFilter filter = new TableFilter(List.of(), List.of("audit_log"));

        assertThat(filter.apply(withSerial).sequencesByName().keySet()).containsExactly(TableName.of("users_seq"));
    }

    @Test
    void includeLimitsAutogenToWhatMatches() {
        TableFilter filter = new TableFilter(List.of("billing.*"), List.of());

        Schema filtered = filter.apply(database);

        assertThat(filtered.tablesByName().keySet()).containsExactly(new TableName("billing", "invoice"));
        assertThat(filtered.sequences()).isEmpty();
        assertThat(filtered.namespaces()).containsExactly("billing");
    }

    /** A partial gin index added by hand, excluded by name: not a drop, and the table's other indexes still count. */
    @Test
    void excludedIndexesAreNeverProposedForDropping() {
        Table byHand = table("users").withIndexes(ixs -> List.of(
                index("ix_users_name_trgm", "name gin_trgm_ops").using("gin").where("deleted_at IS NULL"),
                index("ix_users_id", "id")));
        Schema current = Schema.of(List.of(byHand), List.of());
        Schema desired = Schema.of(List.of(table("users")), List.of());
        TableFilter filter = new TableFilter(List.of(), List.of("ix_users_*_trgm"));

        assertThat(SchemaDiff.compare(current, desired)).hasSize(2);
        assertThat(SchemaDiff.compare(filter.apply(current), filter.apply(desired)))
                .containsExactly(new DropIndex(TableName.of("users"), index("ix_users_id", "id")));
    }

    @Test
    void globsMatchWholeNames() {
        TableFilter filter = new TableFilter(List.of(), List.of("databasechangelog*", "tmp_?"));

        assertThat(filter.manages(TableName.of("databasechangeloglock"))).isFalse();
        assertThat(filter.manages(TableName.of("tmp_a"))).isFalse();
        assertThat(filter.manages(TableName.of("tmp_ab"))).isTrue();
        assertThat(filter.manages(TableName.of("my_databasechangelog"))).isTrue();
        assertThat(TableFilter.ALL.apply(database)).isSameAs(database);
    }
}
