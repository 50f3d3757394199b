package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JPA 3.2 {@code @Index(options = ...)}, which Hibernate appends to its CREATE INDEX, read into the desired index. */
class EntityIndexOptionsTest {

    @Test
    void optionsBecomeThePredicateIncludedColumnsAndNullsNotDistinct() throws Exception {
        Schema schema = EntityModelTest.read("dev.autogen.scenarios.s95_index_options.v2", Map.of());
        List<Index> indexes = schema.table(TableName.of("event")).orElseThrow().indexes();

        assertThat(indexes).contains(
                new Index("ix_event_kind", List.of("kind"), false).where("archived_at IS NULL"),
                new Index("ix_event_tenant", List.of("tenant_id"), false).include("kind", "title"),
                new Index("ix_event_title_lower", List.of("(lower(title))"), false).where("(archived_at is null)"),
                new Index("ix_event_ref_tenant", List.of("external_ref", "tenant_id DESC"), false).nullsNotDistinct());
    }

    @Test
    void optionsPostgresDoesNotTakeThereAreAClearError() {
        assertThatThrownBy(() -> EntityModelTest.read("dev.autogen.entities.fixtures.indexoptions", Map.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("@Index ix_shelf_label on table shelf: cannot read \"using gin\"");
    }
}
