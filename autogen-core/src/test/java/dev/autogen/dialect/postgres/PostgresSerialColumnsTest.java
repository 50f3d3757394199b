package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Serial columns on real PostgreSQL: their sequences read with owner and default, dropped and recreated both ways. */
class PostgresSerialColumnsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "nextval('users_id_seq'::regclass)|users_id_seq",
            "nextval('billing.invoice_id_seq'::regclass)|billing.invoice_id_seq",
            "nextval('public.users_id_seq'::regclass)|users_id_seq",
            "`nextval('\"Odd.Seq\"'::regclass)`|`\"Odd.Seq\"`",
            "`nextval('\"My Schema\".\"S\"\"q\"'::regclass)`|`\"My Schema\".\"S\"\"q\"`",
            "`nextval('users_id_seq'::regclass) + 1`|",
            "`nextval('users_id_seq')`|",
    })
    void readsTheSequenceOfANextvalDefault(String defaultValue, String sequence) {
        TableName read = PostgresSequenceReader.nextValueOf(defaultValue, "public");
        if (sequence == null) {
            assertThat(read).isNull();
        } else {
            TableName expected = switch (sequence) {
                case "\"Odd.Seq\"" -> new TableName(null, "Odd.Seq");
                case "\"My Schema\".\"S\"\"q\"" -> new TableName("My Schema", "S\"q");
                default -> TableName.parse(sequence);
            };
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void aSerialInAnotherSchemaAndAQuotedOneAreReadWithTheirOwnerAndDefault() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE SCHEMA billing", "CREATE TABLE billing.invoice (id bigserial PRIMARY KEY)",
                    "CREATE TABLE \"Odd\" (\"Id\" serial PRIMARY KEY)");
            Schema schema;
            try (Connection c = db.connect()) {
                schema = Pg.DIALECT.introspect(c, new IntrospectionFilter(Set.of("billing"), Set.of()));
            }
            assertThat(schema.sequences()).extracting(Sequence::owner).containsExactly(
                    new Sequence.Owner(TableName.of("Odd"), "Id"),
                    new Sequence.Owner(new TableName("billing", "invoice"), "id"));
            for (Sequence q : schema.sequences()) {
                Table owner = schema.table(q.owner().table()).orElseThrow();
                assertThat(q.isNextValue(owner.column(q.owner().column()).orElseThrow().defaultValue()))
                        .as(q.name().toString()).isTrue();
            }
        }
    }

    @Test
    void aSerialColumnDroppedFromAKeptTableComesBackOwnedOnTheDowngrade() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE t (id integer PRIMARY KEY, n serial, label text)", "INSERT INTO t (id) VALUES (1)");
            Schema before = Pg.introspect(db);
            Schema without = before.with(before.table(TableName.of("t")).orElseThrow().withColumns(cols -> {
                cols.removeIf(c -> c.name().equals("n"));
                return cols;
            })).withoutSequence(TableName.of("t_n_seq"));

            List<Operation> drop = SchemaDiff.compare(before, without);

            assertThat(drop).extracting(OperationSummary::of).containsExactly(
                    "alter sequence 't_n_seq' owned by nothing (was t.n)", "drop column 't.n'", "drop sequence 't_n_seq'");
            Pg.apply(db, drop);
            assertThat(SchemaDiff.compare(Pg.introspect(db), without)).isEmpty();
            Pg.apply(db, SchemaDiff.inverse(drop));
            assertThat(Pg.introspect(db).ignoringColumnOrder()).isEqualTo(before.ignoringColumnOrder());
        }
    }

    @Test
    void identityOverASerialOfAnotherWidthChangesOnlyTheTypeAndKeepsTheSequence() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE account (id serial PRIMARY KEY, name text)");
            Schema current = Pg.introspect(db);
            Table wanted = Table.of(TableName.of("account"), List.of(
                    new Column("id", "bigint", false, null, false).generatedAsIdentity(), Column.of("name", "text"),
                    new dev.autogen.schema.PrimaryKey(null, List.of("id"))));
            Schema desired = Schema.of(List.of(wanted));

            List<Operation> ops = SchemaDiff.compare(current, desired);

            assertThat(ops).extracting(OperationSummary::of).containsExactly("alter column 'account.id', type integer -> bigint");
            Pg.apply(db, ops);
            assertThat(SchemaDiff.compare(Pg.introspect(db), desired)).isEmpty();
            db.execute("INSERT INTO account (name) VALUES ('a')");
            assertThat(db.column("SELECT id FROM account")).containsExactly("1");
        }
    }

    @Test
    void aSerialIdMovedToAnotherGeneratorSequenceAppliesAndComesBackOwned() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE users (id bigserial PRIMARY KEY, name text)", "INSERT INTO users (name) VALUES ('a')");
            Schema before = Pg.introspect(db);
            Table users = before.table(TableName.of("users")).orElseThrow();
            Schema desired = before.with(users.withColumns(cols -> {
                cols.replaceAll(c -> c.name().equals("id") ? c.withDefault(null) : c);
                return cols;
            })).withoutSequence(TableName.of("users_id_seq")).with(new Sequence(TableName.of("member_seq"), 1, 50));

            List<Operation> ops = SchemaDiff.compare(before, desired);

            assertThat(ops).extracting(OperationSummary::of).containsExactly(
                    "alter sequence 'users_id_seq' owned by nothing (was users.id)",
                    "add sequence 'member_seq' start 1 increment 50",
                    "alter column 'users.id', default nextval('users_id_seq'::regclass) -> null",
                    "drop sequence 'users_id_seq'");
            Pg.apply(db, ops);
            assertThat(SchemaDiff.compare(Pg.introspect(db), desired)).isEmpty();
            Pg.apply(db, SchemaDiff.inverse(ops));
            // the schema comes back exactly; the recreated sequence starts again (drop sequence: "its current value is lost")
            assertThat(Pg.introspect(db)).isEqualTo(before);
        }
    }
}
