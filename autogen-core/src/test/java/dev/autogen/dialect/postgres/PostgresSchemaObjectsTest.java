package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateSchema;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropCheck;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Sequences, checks, comments and schemas on real PostgreSQL: render, run, introspect; the inverses lead back. */
class PostgresSchemaObjectsTest {

    private static final TableName ITEM = TableName.of("item");

    private static Table item() {
        return new Table(ITEM, List.of(Column.of("id", "bigint").notNull().withComment("the key"),
                Column.of("qty", "integer"), Column.of("label", "text").withComment("it's \"shown\" \\ as is")),
                new PrimaryKey("item_pkey", List.of("id")), List.of(),
                List.of(new CheckConstraint("ck_item_qty", "qty >= 0")), List.of(), List.of(), "Items for sale");
    }

    /** Applies the operations, checks the result, applies their inverses in reverse and checks the start again. */
    private static Schema roundTrip(TestDatabase db, List<Operation> ops) throws Exception {
        Schema start = Pg.introspect(db);
        Pg.apply(db, ops);
        Schema after = Pg.introspect(db);
        List<Operation> undo = new ArrayList<>();
        ops.forEach(op -> undo.add(op.inverse()));
        Collections.reverse(undo);
        Pg.apply(db, undo);
        assertThat(Pg.introspect(db)).isEqualTo(start);
        return after;
    }

    @Test
    void tableWithChecksAndCommentsIsCreatedAsDefined() throws Exception {
        assertThat(Pg.DIALECT.render(new CreateTable(item()))).containsExactly(
                "CREATE TABLE item (id bigint NOT NULL, qty integer, label text, CONSTRAINT item_pkey PRIMARY KEY (id),"
                        + " CONSTRAINT ck_item_qty CHECK (qty >= 0))",
                "COMMENT ON TABLE item IS 'Items for sale'",
                "COMMENT ON COLUMN item.id IS 'the key'",
                "COMMENT ON COLUMN item.label IS E'it''s \"shown\" \\\\ as is'");
        try (TestDatabase db = TestDatabases.create()) {
            Schema after = roundTrip(db, List.of(new CreateTable(item())));
            assertThat(after).isEqualTo(Schema.of(List.of(item())));
        }
    }

    @Test
    void checksAreAddedAndDroppedAndReadBackAsPostgresSpellsThem() throws Exception {
        CheckConstraint between = new CheckConstraint("ck_qty_range", "qty BETWEEN 1 AND 5");
        CheckConstraint quoted = new CheckConstraint("Ck Label", "label <> 'x'");
        assertThat(Pg.DIALECT.render(new AddCheck(ITEM, quoted)))
                .containsExactly("ALTER TABLE item ADD CONSTRAINT \"Ck Label\" CHECK (label <> 'x')");
        assertThat(Pg.DIALECT.render(new DropCheck(ITEM, between)))
                .containsExactly("ALTER TABLE item DROP CONSTRAINT ck_qty_range");
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateTable(item()));
            Schema after = roundTrip(db, List.of(new AddCheck(ITEM, between), new AddCheck(ITEM, quoted),
                    new DropCheck(ITEM, item().checks().get(0))));
            assertThat(after.table(ITEM).orElseThrow().checks()).containsExactly(
                    new CheckConstraint("Ck Label", "label <> 'x'::text"),
                    new CheckConstraint("ck_qty_range", "qty >= 1 AND qty <= 5"));
        }
    }

    @Test
    void aCheckAddedNotValidIsReadWithoutTheSuffix() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateTable(item()));
            db.execute("ALTER TABLE item ADD CONSTRAINT ck_nv CHECK (qty < 100) NOT VALID",
                    "ALTER TABLE item ADD CONSTRAINT ck_ni CHECK (qty <> 7) NO INHERIT");
            assertThat(Pg.introspect(db).table(ITEM).orElseThrow().checks()).containsExactly(
                    new CheckConstraint("ck_item_qty", "qty >= 0"),
                    new CheckConstraint("ck_ni", "qty <> 7"),
                    new CheckConstraint("ck_nv", "qty < 100"));
        }
    }

    @Test
    void commentsAreSetChangedAndRemoved() throws Exception {
        Column qty = item().columns().get(1);
        Column label = item().columns().get(2);
        Column added = Column.of("note", "text").withComment("added");
        List<Operation> ops = List.of(
                new SetTableComment(ITEM, "Items for sale", "Items, renamed"),
                new AlterColumn(ITEM, qty, qty.withComment("how many")),
                new AlterColumn(ITEM, label, label.withComment(null).withDefault("'?'")),
                new AddColumn(ITEM, added));
        assertThat(Pg.DIALECT.render(ops.get(0))).containsExactly("COMMENT ON TABLE item IS 'Items, renamed'");
        assertThat(Pg.DIALECT.render(ops.get(1))).containsExactly("COMMENT ON COLUMN item.qty IS 'how many'");
        assertThat(Pg.DIALECT.render(ops.get(2))).containsExactly(
                "ALTER TABLE item ALTER COLUMN label SET DEFAULT '?'", "COMMENT ON COLUMN item.label IS NULL");
        assertThat(Pg.DIALECT.render(ops.get(3))).containsExactly(
                "ALTER TABLE item ADD COLUMN note text", "COMMENT ON COLUMN item.note IS 'added'");
        assertThat(Pg.DIALECT.render(new SetTableComment(ITEM, "x", null)))
                .containsExactly("COMMENT ON TABLE item IS NULL");
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateTable(item()));
            Schema after = roundTrip(db, ops);
            assertThat(after.table(ITEM)).contains(item().withComment("Items, renamed")
                    .withColumns(cs -> List.of(cs.get(0), qty.withComment("how many"),
                            label.withComment(null).withDefault("'?'"), added)));
            Schema noComment = roundTrip(db, List.of(new SetTableComment(ITEM, "Items for sale", null)));
            assertThat(noComment.table(ITEM).orElseThrow().comment()).isNull();
        }
    }

    @Test
    void sequencesAreCreatedAlteredAndDropped() throws Exception {
        Sequence order = new Sequence(TableName.of("order_seq"), 1, 50);
        Sequence billing = new Sequence(new TableName("billing", "Invoice_Seq"), -1, -5);
        Sequence altered = new Sequence(order.name(), 7, 10);
        assertThat(Pg.DIALECT.render(new CreateSequence(order)))
                .containsExactly("CREATE SEQUENCE order_seq START WITH 1 INCREMENT BY 50");
        assertThat(Pg.DIALECT.render(new CreateSequence(billing).inverse()))
                .containsExactly("DROP SEQUENCE billing.\"Invoice_Seq\"");
        assertThat(Pg.DIALECT.render(new AlterSequence(order, altered)))
                .containsExactly("ALTER SEQUENCE order_seq INCREMENT BY 10 START WITH 7");
        assertThat(Pg.DIALECT.render(new AlterSequence(order, new Sequence(order.name(), 1, 10))))
                .containsExactly("ALTER SEQUENCE order_seq INCREMENT BY 10");
        assertThat(Pg.DIALECT.render(new AlterSequence(order, new Sequence(order.name(), 3, 50))))
                .containsExactly("ALTER SEQUENCE order_seq START WITH 3");
        assertThat(Pg.DIALECT.render(new AlterSequence(order, order))).isEmpty();
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE SCHEMA billing");
            List<Operation> ops = List.of(new CreateSequence(order), new CreateSequence(billing));
            Pg.apply(db, ops);
            db.execute("SELECT nextval('order_seq')", "SELECT nextval('order_seq')");
            try (Connection c = db.connect()) {
                Schema both = Pg.DIALECT.introspect(c, new IntrospectionFilter(Set.of("billing"), Set.of()));
                assertThat(both.sequences()).containsExactly(order, billing);
                assertThat(both.namespaces()).containsExactly("billing");
            }
            Pg.apply(db, new AlterSequence(order, altered));
            assertThat(Pg.introspect(db).sequences()).containsExactly(altered);
            // START WITH in ALTER records the start; the sequence carries on where it was
            assertThat(db.column("SELECT nextval('order_seq')")).containsExactly("61");
            Pg.apply(db, new AlterSequence(altered, order), ops.get(1).inverse(), ops.get(0).inverse());
            try (Connection c = db.connect()) {
                Schema none = Pg.DIALECT.introspect(c, new IntrospectionFilter(Set.of("billing"), Set.of()));
                assertThat(none).isEqualTo(Schema.empty().withNamespaces(Set.of("billing")));
            }
        }
    }

    @Test
    void sequencesOfIdentityColumnsAreNotReportedThoseOfSerialColumnsAreWithTheirOwner() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE a (id bigint GENERATED BY DEFAULT AS IDENTITY, n serial, m bigserial)",
                    "CREATE SEQUENCE free_seq INCREMENT BY 3");
            Schema schema = Pg.introspect(db);
            assertThat(schema.sequences()).containsExactly(
                    new Sequence(TableName.of("a_m_seq"), 1, 1, new Sequence.Owner(TableName.of("a"), "m"),
                            "nextval('a_m_seq'::regclass)"),
                    new Sequence(TableName.of("a_n_seq"), 1, 1, new Sequence.Owner(TableName.of("a"), "n"),
                            "nextval('a_n_seq'::regclass)"),
                    new Sequence(TableName.of("free_seq"), 1, 3));
            assertThat(schema.table(TableName.of("a")).orElseThrow().columns()).extracting(Column::defaultValue)
                    .containsExactly(null, "nextval('a_n_seq'::regclass)", "nextval('a_m_seq'::regclass)");
        }
    }

    @Test
    void schemasAreCreatedWithTablesInThemAndDropped() throws Exception {
        TableName audit = new TableName("Audit", "entry");
        Table entry = new Table(audit, List.of(Column.of("id", "integer").notNull()), null, List.of(),
                List.of(new CheckConstraint("ck_entry_id", "id > 0")), List.of(), List.of(), "audit trail");
        assertThat(Pg.DIALECT.render(new CreateSchema("Audit"))).containsExactly("CREATE SCHEMA \"Audit\"");
        assertThat(Pg.DIALECT.render(new CreateSchema("Audit").inverse())).containsExactly("DROP SCHEMA \"Audit\"");
        IntrospectionFilter filter = new IntrospectionFilter(Set.of("Audit", "missing"), Set.of());
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Schema start = Pg.DIALECT.introspect(c, filter);
            assertThat(start).isEqualTo(Schema.empty());
            List<Operation> ops = List.of(new CreateSchema("Audit"), new CreateTable(entry),
                    new CreateSequence(new Sequence(new TableName("Audit", "entry_seq"), 1, 1)));
            Pg.apply(db, ops);
            Schema after = Pg.DIALECT.introspect(c, filter);
            assertThat(after).isEqualTo(Schema.of(List.of(entry), List.of(new Sequence(
                    new TableName("Audit", "entry_seq"), 1, 1))));
            assertThat(after.namespaces()).containsExactly("Audit");
            List<Operation> undo = new ArrayList<>(ops.stream().map(Operation::inverse).toList());
            Collections.reverse(undo);
            Pg.apply(db, undo);
            assertThat(Pg.DIALECT.introspect(c, filter)).isEqualTo(start);
        }
    }

    @Test
    void allSchemasReportsEveryNonSystemSchema() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            db.execute("CREATE SCHEMA one", "CREATE SCHEMA two", "CREATE SCHEMA empty_one",
                    "CREATE TABLE one.t (id int)", "CREATE TABLE two.t (id int)", "CREATE TABLE p (id int)",
                    "CREATE SEQUENCE two.s", "CREATE TEMP TABLE scratch (id int)");
            Schema all = Pg.DIALECT.introspect(c, new IntrospectionFilter(
                    Set.of(IntrospectionFilter.ALL_SCHEMAS), Set.of(new TableName("two", "t"))));
            assertThat(all.tablesByName().keySet()).containsExactly(
                    TableName.of("p"), new TableName("one", "t"));
            assertThat(all.sequencesByName().keySet()).containsExactly(new TableName("two", "s"));
            assertThat(all.namespaces()).containsExactly("empty_one", "one", "two");
            Schema named = Pg.DIALECT.introspect(c, new IntrospectionFilter(Set.of("one", "nowhere"), Set.of()));
            assertThat(named.namespaces()).isEqualTo(new TreeSet<>(Set.of("one")));
            assertThat(named.tablesByName().keySet()).containsExactly(TableName.of("p"), new TableName("one", "t"));
        }
    }
}
