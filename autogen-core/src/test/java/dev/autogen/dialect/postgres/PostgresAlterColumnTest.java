package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each alteration applied on real PostgreSQL gives {@code to}; its inverse gives {@code from} back. */
class PostgresAlterColumnTest {

    private static final TableName T = TableName.of("account");

    record Case(String what, Column from, Column to) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> cases() {
        Column id = Column.of("value", "integer");
        return List.of(
                new Case("widen integer to bigint", id, id.withType("bigint")),
                new Case("widen varchar", Column.of("value", "character varying(20)"),
                        Column.of("value", "character varying(255)")),
                new Case("varchar to text keeping a default", Column.of("value", "character varying(20)").withDefault("'x'"),
                        Column.of("value", "text").withDefault("'x'")),
                new Case("integer to numeric with a new default", id.withDefault("1"),
                        Column.of("value", "numeric(10,2)").withDefault("1.5")),
                new Case("set not null", id, id.notNull()),
                new Case("set default", id, id.withDefault("42")),
                new Case("change default", id.withDefault("-1"), id.withDefault("42")),
                new Case("type, nullability and default at once", id.withDefault("0"),
                        id.withType("bigint").notNull().withDefault("7")),
                new Case("add identity", id, id.generatedAsIdentity()),
                new Case("add identity replacing a default", id.withDefault("0"), id.generatedAsIdentity()),
                new Case("identity and widening", id.generatedAsIdentity(), id.withType("bigint").generatedAsIdentity()),
                new Case("reserved name", Column.of("order", "smallint"), Column.of("order", "integer").notNull()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void alterationAndItsInverse(Case c) throws Exception {
        Table start = new Table(T, List.of(Column.of("id", "integer").notNull(), c.from()),
                new PrimaryKey("account_pkey", List.of("id")), List.of(), List.of(), List.of());
        AlterColumn alter = new AlterColumn(T, c.from(), c.to());
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateTable(start));
            db.execute("INSERT INTO account VALUES (1, '1')");
            assertThat(Pg.introspect(db).table(T)).contains(start);
            Pg.apply(db, alter);
            assertThat(Pg.introspect(db).table(T)).as(String.join("; ", Pg.DIALECT.render(alter)))
                    .contains(start.withColumns(cs -> List.of(cs.get(0), c.to())));
            Pg.apply(db, alter.inverse());
            assertThat(Pg.introspect(db).table(T)).as(String.join("; ", Pg.DIALECT.render(alter.inverse())))
                    .contains(start);
        }
    }
}
