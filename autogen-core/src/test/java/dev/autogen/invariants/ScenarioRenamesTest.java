package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.desired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rename scenarios (s77–s80) are renames and nothing else: no drop and add, no other noise. */
class ScenarioRenamesTest {

    private static List<Operation> diff(String scenario) {
        String base = "dev.autogen.scenarios." + scenario;
        return SchemaDiff.compare(desired(base + ".v1"), desired(base + ".v2"));
    }

    @Test
    void foreignKey() {
        assertThat(diff("s77_foreign_key_renamed")).containsExactly(
                new RenameConstraint(TableName.of("shipment"), "fk_shipment_carrier", "fk_shipment_carrier_id"));
    }

    @Test
    void indexAndUniqueIndex() {
        assertThat(diff("s78_index_renamed")).containsExactly(
                new RenameConstraint(TableName.of("event"), "ux_event_external_ref", "uq_event_external_ref"),
                new RenameIndex(TableName.of("event"), "ix_event_kind", "ix_event_kind_lookup"));
    }

    @Test
    void uniqueConstraintAndChecks() {
        TableName member = TableName.of("member");
        assertThat(diff("s79_unique_and_check_renamed")).containsExactly(
                new RenameConstraint(member, "ck_member_age", "ck_member_age_not_negative"),
                new RenameConstraint(member, "ck_member_handle", "ck_member_handle_lower"),
                new RenameConstraint(member, "uk_member_team_email", "uq_member_team_email"));
    }

    @Test
    void readableNamesReplaceHibernatesHashedOnes() {
        List<Operation> ops = diff("s80_readable_constraint_names");

        assertThat(ops).hasSize(2);
        RenameConstraint fk = (RenameConstraint) ops.get(0);
        RenameIndex index = (RenameIndex) ops.get(1);
        assertThat(fk.from()).matches("fk[0-9a-z]{20,}");
        assertThat(fk.to()).isEqualTo("fk_post_author_id");
        assertThat(index.from()).matches("idx[0-9a-z]{20,}");
        assertThat(index.to()).isEqualTo("ix_post_published_at");
    }

    /** What the entity reader counts as chosen: annotations' names and the readable convention's, nothing Hibernate made up. */
    @Test
    void theEntityReaderKnowsWhichNamesWereChosen() {
        String base = "dev.autogen.scenarios.";
        assertThat(desired(base + "s80_readable_constraint_names.v1").table(TableName.of("post")).orElseThrow()
                .explicitNames()).containsExactly("fk_post_editor", "ix_post_title");
        assertThat(desired(base + "s80_readable_constraint_names.v2").table(TableName.of("post")).orElseThrow()
                .explicitNames()).containsExactly("fk_post_author_id", "fk_post_editor", "ix_post_published_at",
                        "ix_post_title");
        assertThat(desired(base + "s80_readable_constraint_names.v2").table(TableName.of("author")).orElseThrow()
                .explicitNames()).as("a unique column: Hibernate's CREATE TABLE leaves it unnamed").isEmpty();
        assertThat(desired(base + "s79_unique_and_check_renamed.v1").table(TableName.of("member")).orElseThrow()
                .explicitNames()).containsExactly("ck_member_age", "ck_member_handle", "uk_member_team_email");
    }
}
