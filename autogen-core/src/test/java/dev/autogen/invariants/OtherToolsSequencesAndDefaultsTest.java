package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.compile;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static dev.autogen.invariants.ScenarioHarness.run;
import static dev.autogen.invariants.ScenarioHarness.source;
import static dev.autogen.invariants.ScenarioHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database another tool built, with raw SQL as a Flyway script or a hand-written
 * {@code schema.sql} has it, under entities that map it: {@code serial} and hand-made sequence ids,
 * {@code timestamp} without a precision, {@code DEFAULT NULL} and a sequence {@code START} of its
 * own are no difference; another sequence, another precision and a real default are; and migrations
 * of such a database (a baseline of it, a drop of its serial tables) replay and reverse exactly,
 * owned sequences included.
 */
class OtherToolsSequencesAndDefaultsTest {

    private static final String ENTITIES = "dev.autogen.invariants.othertools";

    /** The schema as a Flyway {@code V1__init.sql} would write it for {@link #ENTITIES}. */
    private static final String[] FLYWAY_V1 = {
            "CREATE TABLE users (id bigserial PRIMARY KEY, created timestamp, seen timestamptz, opens time,"
                    + " note varchar(20) DEFAULT NULL)",
            "CREATE TABLE account (id serial PRIMARY KEY, name varchar(40) DEFAULT NULL::character varying,"
                    + " balance integer DEFAULT (NULL)::integer)",
            "CREATE SEQUENCE ticket_ids",
            "CREATE TABLE ticket (id bigint PRIMARY KEY DEFAULT nextval('ticket_ids'), title varchar(100) DEFAULT NULL)",
            "CREATE SEQUENCE item_seq START WITH 1000 INCREMENT BY 50",
            "CREATE TABLE item (id bigint NOT NULL DEFAULT nextval('item_seq'::regclass), CONSTRAINT item_pk PRIMARY KEY (id))",
            "ALTER SEQUENCE item_seq OWNED BY item.id",
    };

    @TempDir
    Path work;

    private final List<CompiledMigrations> open = new ArrayList<>();

    @AfterEach
    void closeLoaders() {
        open.forEach(CompiledMigrations::close);
    }

    @Test
    void whatOtherToolsSpellDifferentlyIsNoDifference() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            Schema current = introspect(db);

            assertThat(current.sequences()).extracting(q -> q.name().name() + " owned by " + q.owner())
                    .containsExactly("account_id_seq owned by account.id", "item_seq owned by item.id",
                            "ticket_ids owned by null", "users_id_seq owned by users.id");
            assertThat(current.table(TableName.of("users")).orElseThrow().column("created").orElseThrow().type())
                    .isEqualTo("timestamp(6) without time zone");
            assertThat(current.table(TableName.of("account")).orElseThrow().column("name").orElseThrow()
                    .defaultValue()).as("DEFAULT NULL::character varying is no default").isNull();
            assertThat(SchemaDiff.compare(canonical(db, current), canonical(db, desired(ENTITIES)))).isEmpty();
        }
    }

    /**
     * The SQL Liquibase 4 writes for PostgreSQL from a changelog of {@code createSequence},
     * {@code createTable} (types as {@code BIGSERIAL}, {@code TIMESTAMP WITHOUT TIME ZONE},
     * {@code defaultValueComputed="NULL"}, {@code defaultValueSequenceNext}), {@code addPrimaryKey},
     * and its own {@code DATABASECHANGELOG} table, which the configuration excludes.
     */
    @Test
    void whatALiquibaseChangelogWritesIsNoDifference() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE public.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL,"
                            + " FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL)",
                    "CREATE TABLE public.users (id BIGSERIAL NOT NULL, created TIMESTAMP WITHOUT TIME ZONE,"
                            + " seen TIMESTAMP WITH TIME ZONE, opens TIME WITHOUT TIME ZONE,"
                            + " note VARCHAR(20) DEFAULT NULL, CONSTRAINT users_pkey PRIMARY KEY (id))",
                    "CREATE TABLE public.account (id SERIAL NOT NULL, name VARCHAR(40) DEFAULT NULL,"
                            + " balance INTEGER DEFAULT NULL, CONSTRAINT account_pkey PRIMARY KEY (id))",
                    "CREATE SEQUENCE IF NOT EXISTS public.ticket_ids START WITH 1 INCREMENT BY 1",
                    "CREATE TABLE public.ticket (id BIGINT DEFAULT nextval('public.ticket_ids') NOT NULL,"
                            + " title VARCHAR(100), CONSTRAINT ticket_pkey PRIMARY KEY (id))",
                    "CREATE SEQUENCE IF NOT EXISTS public.item_seq START WITH 1000 INCREMENT BY 50",
                    "CREATE TABLE public.item (id BIGINT DEFAULT nextval('public.item_seq') NOT NULL)",
                    "ALTER TABLE public.item ADD CONSTRAINT item_pkey PRIMARY KEY (id)");
            dev.autogen.diff.TableFilter filter = new dev.autogen.diff.TableFilter(List.of(), List.of("databasechangelog"));

            Schema current = filter.apply(canonical(db, introspect(db)));

            assertThat(SchemaDiff.compare(current, filter.apply(canonical(db, desired(ENTITIES))))).isEmpty();
        }
    }

    @Test
    void anotherSequenceAnotherPrecisionAndARealDefaultAreStillDifferences() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE SEQUENCE other_seq",
                    "CREATE TABLE users (id bigint PRIMARY KEY DEFAULT nextval('other_seq'), created timestamp(3),"
                            + " seen timestamptz, opens time, note varchar(20) DEFAULT 'x')",
                    "CREATE TABLE account (id integer PRIMARY KEY DEFAULT nextval('other_seq'), name varchar(40),"
                            + " balance integer DEFAULT 0)",
                    "CREATE SEQUENCE ticket_ids",
                    "CREATE TABLE ticket (id bigint PRIMARY KEY DEFAULT nextval('ticket_ids'), title varchar(100))",
                    "CREATE SEQUENCE item_seq START WITH 1000 INCREMENT BY 10",
                    "CREATE TABLE item (id bigint PRIMARY KEY DEFAULT nextval('item_seq'))");
            Schema current = canonical(db, introspect(db));

            List<Operation> ops = SchemaDiff.compare(current, canonical(db, desired(ENTITIES)));

            assertThat(ops).extracting(OperationSummary::of).containsExactly(
                    "add sequence 'users_id_seq' start 1 increment 1",
                    "alter column 'account.balance', default 0 -> null",
                    "alter column 'account.id', default nextval('other_seq'::regclass) -> null, now an identity",
                    "alter column 'users.created', type timestamp(3) without time zone -> timestamp(6) without time zone",
                    "alter column 'users.id', default nextval('other_seq'::regclass) -> null",
                    "alter column 'users.note', default 'x' -> null",
                    "drop sequence 'other_seq'",
                    "alter sequence 'item_seq' increment 10 -> 50");
            Operation precision = ops.get(3);
            assertThat(Pg.hazards(precision)).as("more fractional digits rewrite nothing").isEmpty();
            assertThat(Pg.hazards(precision.inverse())).as("fewer do").anyMatch(n -> n.startsWith("LOCK: rewrites"));
        }
    }

    @Test
    void aBaselineOfTheDatabaseAndTheDropOfItsSerialTablesReplayAndReverseExactly() throws Exception {
        Schema built;
        try (TestDatabase flyway = TestDatabases.create()) {
            flyway.execute(FLYWAY_V1);
            built = introspect(flyway);
        }
        Path sources = work.resolve("migrations");
        try (TestDatabase db = TestDatabases.create()) {
            List<Operation> baseline = SchemaDiff.compare(introspect(db), built);
            String baselineSource = source("M1_baseline", "aaaaaaaaaaa1", List.of(), "baseline", baseline);
            assertThat(baselineSource).contains("sequence(\"users_id_seq\", 1, 1, \"users\", \"id\")");
            write(sources, "M1_baseline", baselineSource);
            run(db, compile(sources, work.resolve("cache1"), open), true, "head");
            Schema atBaseline = introspect(db);
            assertThat(atBaseline.ignoringColumnOrder()).as("the baseline builds the database, owners included")
                    .isEqualTo(built.ignoringColumnOrder());

            Schema withoutSerialTables = atBaseline.without(TableName.of("users")).without(TableName.of("account"))
                    .withoutSequence(TableName.of("users_id_seq")).withoutSequence(TableName.of("account_id_seq"));
            List<Operation> drop = SchemaDiff.compare(atBaseline, withoutSerialTables);
            write(sources, "M2_drop", source("M2_drop", "bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"), "drop", drop));
            RevisionGraph graph = compile(sources, work.resolve("cache2"), open);
            run(db, graph, true, "head");
            assertThat(introspect(db).sequences()).extracting(Sequence::name)
                    .containsExactly(TableName.of("item_seq"), TableName.of("ticket_ids"));

            run(db, graph, false, "-1");
            assertThat(introspect(db).ignoringColumnOrder()).as("the downgrade recreates the owned sequences")
                    .isEqualTo(atBaseline.ignoringColumnOrder());

            run(db, graph, false, "base");
            assertThat(introspect(db).tables()).isEmpty();
            assertThat(introspect(db).sequences()).isEmpty();
            run(db, graph, true, "head");
            run(db, graph, false, "-1");
            assertThat(introspect(db).ignoringColumnOrder()).as("a replay from nothing gives the same database")
                    .isEqualTo(atBaseline.ignoringColumnOrder());
        }
    }

    /** The hazard notes of an operation on a table that holds rows. */
    private static final class Pg {
        static List<String> hazards(Operation op) {
            return ScenarioHarness.DIALECT.hazards(op, true);
        }
    }
}
