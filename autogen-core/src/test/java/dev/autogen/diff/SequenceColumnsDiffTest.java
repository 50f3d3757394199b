package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Serial columns and sequences as another tool leaves them, compared with what entities want; no database. */
class SequenceColumnsDiffTest {

    private static final String NEXTVAL = "nextval('users_id_seq'::regclass)";
    private static final TableName USERS = TableName.of("users");

    /** {@code users (id bigserial primary key, name text)} as introspection reads it. */
    private static Schema serialUsers(String idName) {
        Table users = Table.of(USERS, List.of(column(idName, "bigint").notNull().withDefault(NEXTVAL),
                column("name", "text"), primaryKey(null, idName)));
        Sequence owned = new Sequence(TableName.of("users_id_seq"), 1, 1, new Sequence.Owner(USERS, idName), NEXTVAL);
        return Schema.of(List.of(users), List.of(owned));
    }

    private static Schema entity(boolean identity, Sequence... sequences) {
        var id = column("id", "bigint").notNull();
        Table users = Table.of(USERS, List.of(identity ? id.generatedAsIdentity() : id, column("name", "text"),
                primaryKey(null, "id")));
        return Schema.of(List.of(users), List.of(sequences));
    }

    @Test
    void theEntitysOwnSequenceGeneratorOverASerialIdIsNoDifference() {
        assertThat(SchemaDiff.compare(serialUsers("id"), entity(false, sequence("users_id_seq", 1, 1)))).isEmpty();
    }

    @Test
    void identityOverASerialIdIsNoDifferenceAndKeepsTheSequence() {
        assertThat(SchemaDiff.compare(serialUsers("id"), entity(true))).isEmpty();
    }

    @Test
    void anotherGeneratorSequenceIsADifference() {
        List<Operation> ops = SchemaDiff.compare(serialUsers("id"), entity(false, sequence("member_seq", 1, 50)));

        assertThat(ops).extracting(OperationSummary::of).containsExactly(
                "alter sequence 'users_id_seq' owned by nothing (was users.id)",
                "add sequence 'member_seq' start 1 increment 50",
                "alter column 'users.id', default " + NEXTVAL + " -> null",
                "drop sequence 'users_id_seq'");
    }

    @Test
    void aStartOfItsOwnIsNoDifferenceAndASummaryNamesOnlyWhatChanges() {
        Schema current = entity(false, sequence("users_id_seq", 1000, 10));

        assertThat(SchemaDiff.compare(current, entity(false, sequence("users_id_seq", 1, 10)))).isEmpty();
        List<Operation> ops = SchemaDiff.compare(current, entity(false, sequence("users_id_seq", 1, 50)));
        assertThat(ops).containsExactly(new AlterSequence(sequence("users_id_seq", 1000, 10),
                sequence("users_id_seq", 1000, 50)));
        assertThat(OperationSummary.of(ops.get(0))).isEqualTo("alter sequence 'users_id_seq' increment 10 -> 50");
    }

    @Test
    void aRenamedSerialColumnKeepsItsSequence() {
        List<Operation> rename = List.of(new RenameColumn(USERS, "user_id", "id"));

        assertThat(SchemaDiff.compare(serialUsers("user_id"), entity(true), rename)).containsExactlyElementsOf(rename);
    }

    @Test
    void droppingASerialTableReleasesItsSequenceFirstAndTheDowngradeOwnsItAgain() {
        Schema current = serialUsers("id");
        List<Operation> drop = SchemaDiff.compare(current, Schema.empty());

        assertThat(drop).extracting(OperationSummary::of).containsExactly(
                "alter sequence 'users_id_seq' owned by nothing (was users.id)",
                "drop table 'users'",
                "drop sequence 'users_id_seq'");
        assertThat(SchemaDiff.inverse(drop)).extracting(OperationSummary::of).containsExactly(
                "add sequence 'users_id_seq' start 1 increment 1",
                "add table 'users'",
                "alter sequence 'users_id_seq' owned by users.id");
        Schema back = SchemaEditor.apply(SchemaEditor.apply(current, drop), SchemaDiff.inverse(drop));
        assertThat(back.sequences()).extracting(Sequence::owner).containsExactly(new Sequence.Owner(USERS, "id"));
        assertThat(SchemaDiff.compare(back, current)).isEmpty();
    }

    @Test
    void aBaselineCreatesTheSequenceThenTheTableThenOwnsIt() {
        assertThat(SchemaDiff.compare(Schema.empty(), serialUsers("id"))).extracting(OperationSummary::of)
                .containsExactly("add sequence 'users_id_seq' start 1 increment 1", "add table 'users'",
                        "alter sequence 'users_id_seq' owned by users.id");
    }

    @Test
    void droppingTheTableOfAnOwnedSequenceDropsTheSequenceInMemoryAsInPostgres() {
        Schema current = serialUsers("id");
        Table users = current.table(USERS).orElseThrow();

        Schema after = SchemaEditor.apply(current, List.of(new dev.autogen.operation.DropTable(users)));

        assertThat(after.sequences()).isEmpty();
    }

    /**
     * Many {@code bigserial} tables, as a database another tool made, against entities whose ids are
     * {@code IDENTITY}: each sequence is matched to its own column (the diff indexes them once, not a
     * scan of every table per sequence), so the whole is in sync, and dropping one entity releases
     * and drops that table's sequence alone.
     */
    @Test
    void manySerialIdsUnderIdentityAreNoDifferenceAndDroppingOneReleasesOnlyItsSequence() {
        List<Table> serial = new java.util.ArrayList<>();
        List<Sequence> sequences = new java.util.ArrayList<>();
        List<Table> identity = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            TableName name = TableName.of(String.format("t%03d", i));
            String nextval = "nextval('" + name.name() + "_id_seq'::regclass)";
            serial.add(Table.of(name, List.of(column("id", "bigint").notNull().withDefault(nextval),
                    column("name", "text"), primaryKey(null, "id"))));
            sequences.add(new Sequence(TableName.of(name.name() + "_id_seq"), 1, 1, new Sequence.Owner(name, "id"),
                    nextval));
            if (i != 150) {
                identity.add(Table.of(name, List.of(column("id", "bigint").notNull().generatedAsIdentity(),
                        column("name", "text"), primaryKey(null, "id"))));
            }
        }
        Schema current = Schema.of(serial, sequences);
        List<Table> all = new java.util.ArrayList<>(identity);
        all.add(Table.of(TableName.of("t150"), List.of(column("id", "bigint").notNull().generatedAsIdentity(),
                column("name", "text"), primaryKey(null, "id"))));

        assertThat(SchemaDiff.compare(current, Schema.of(all))).isEmpty();
        assertThat(SchemaDiff.compare(current, Schema.of(identity))).extracting(OperationSummary::of).containsExactly(
                "alter sequence 't150_id_seq' owned by nothing (was t150.id)",
                "drop table 't150'",
                "drop sequence 't150_id_seq'");
    }
}
