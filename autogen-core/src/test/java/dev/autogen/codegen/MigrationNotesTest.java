package dev.autogen.codegen;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reviewer's notes (data loss, locks) sit as comments right above the operation they concern. */
class MigrationNotesTest {

    private static final TableName USERS = TableName.of("users");
    private static final TableName AUDIT = TableName.of("audit");

    private static String write(List<Operation> upgrade) {
        MigrationSpec spec = new MigrationSpec("com.acme.migrations", "M1", "aaaaaaaaaaaa", List.of(), "m",
                Instant.parse("2026-11-22T22:40:00Z"), upgrade, List.of());
        return MigrationWriter.write(spec.withNotes(new PostgresDialect()::hazards));
    }

    @Test
    void aNoteStandsAboveItsOperation() {
        String source = write(List.of(new DropColumn(USERS, column("legacy", "text"))));

        assertThat(source).contains("""
                        // DATA LOSS: drops column users.legacy and its values
                        op.dropColumn("users", column("legacy", "text"));
                """);
    }

    @Test
    void operationsOnATableCreatedInTheSameBodyCarryNoLockNotes() {
        String source = write(List.of(
                new CreateTable(Table.of(AUDIT, List.of(column("at", "timestamp(6) with time zone")))),
                new CreateIndex(AUDIT, index("ix_audit_at", "at")),
                new CreateIndex(USERS, index("ix_users_email", "email"))));

        assertThat(source).doesNotContain("blocks writes to audit");
        assertThat(source).contains("// LOCK: blocks writes to users while the index builds");
    }

    @Test
    void withoutNotesTheSourceHasNone() {
        MigrationSpec spec = new MigrationSpec("com.acme.migrations", "M1", "aaaaaaaaaaaa", List.of(), "m",
                Instant.parse("2026-11-22T22:40:00Z"), List.of(new DropColumn(USERS, column("legacy", "text"))),
                List.of());

        assertThat(MigrationWriter.write(spec)).doesNotContain("DATA LOSS").isEqualTo(MigrationWriter.write(spec));
    }

    @Test
    void theJavadocSaysWhatUpgradeDoesWithEachNoteUnderItsOperation() {
        String source = write(List.of(
                new CreateTable(Table.of(AUDIT, List.of(column("at", "timestamp(6) with time zone")))),
                new CreateIndex(AUDIT, index("ix_audit_at", "at")),
                new DropColumn(USERS, column("legacy", "text"))));

        assertThat(source).contains("""
                 * <p>Upgrade:
                 * <ol>
                 * <li>add table 'audit'
                 * <li>add index 'ix_audit_at' on 'audit' (at)
                 * <li>drop column 'users.legacy'
                 *     <br>DATA LOSS: drops column users.legacy and its values
                 * </ol>
                """);
    }

    @Test
    void aLongUpgradeListsItsFirstOperationsAndThenThoseWithNotes() {
        List<Operation> upgrade = new java.util.ArrayList<>();
        for (int i = 0; i < UpgradeSummary.LISTED + 3; i++) {
            upgrade.add(new CreateTable(Table.of(TableName.of("t" + i), List.of(column("id", "bigint")))));
        }
        upgrade.add(new DropColumn(USERS, column("legacy", "text")));
        upgrade.add(new CreateTable(Table.of(TableName.of("last"), List.of(column("id", "bigint")))));

        String source = write(upgrade);

        assertThat(source).contains(" * <li>add table 't" + (UpgradeSummary.LISTED - 1) + "'\n")
                .doesNotContain("<li>add table 't" + UpgradeSummary.LISTED + "'")
                .contains("""
                 * </ol>
                 * ... and 3 more operations without notes, in upgrade()
                 * <ol>
                 * <li>drop column 'users.legacy'
                 *     <br>DATA LOSS: drops column users.legacy and its values
                 * </ol>
                 * ... and 1 more operation without notes, in upgrade()
                 *
                 * <p>Revision: aaaaaaaaaaaa<br>
                """);
    }
}
