package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Column;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated columns ({@code GENERATED ALWAYS AS (...) STORED}, Hibernate 7's {@code @GeneratedColumn}):
 * rendered, introspected with their expression, compared in PostgreSQL's spelling, and recreated
 * (drop and add) when the expression changes.
 */
class PostgresGeneratedColumnTest {

    private static final TableName LINE = TableName.of("line");

    private static Table line(Column total) {
        return new Table(LINE, List.of(Column.of("id", "bigint").notNull(), Column.of("price", "numeric(10,2)").notNull(),
                Column.of("qty", "integer").notNull(), total), new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                List.of());
    }

    @Test
    void renderedAsPostgresWritesIt() {
        Column total = Column.of("total", "numeric(12,2)").generatedAs("price * qty");
        assertThat(new PostgresRenderer().addColumn(new AddColumn(LINE, total)))
                .containsExactly("ALTER TABLE line ADD COLUMN total numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED");
        assertThat(PostgresRenderer.columnDefinition(total.notNull()))
                .isEqualTo("total numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED NOT NULL");
        assertThatThrownBy(() -> new PostgresRenderer().alterColumn(new AlterColumn(LINE, total,
                total.generatedAs("price"))))
                .hasMessageContaining("drop the column and add it again");
        assertThatThrownBy(() -> Column.of("x", "integer").withDefault("0").generatedAs("1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A table made by a hand-written script, spelled otherwise than the entity spells it: no difference. */
    @Test
    void theSameExpressionSpelledOtherwiseIsNoDifference() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            db.execute("CREATE TABLE line (id bigint PRIMARY KEY, price numeric(10,2) NOT NULL, qty integer NOT NULL,"
                    + " total numeric(12,2) GENERATED ALWAYS AS ((qty) * PRICE) STORED)");
            Schema current = Pg.DIALECT.canonicalize(c, Pg.introspect(db));
            Column introspected = current.table(LINE).orElseThrow().column("total").orElseThrow();
            assertThat(introspected.generatedAs()).isEqualTo("((qty)::numeric * price)");
            assertThat(introspected.defaultValue()).isNull();

            Schema same = Schema.of(List.of(line(Column.of("total", "numeric(12,2)").generatedAs("qty * price"))));
            assertThat(SchemaDiff.compare(current, Pg.DIALECT.canonicalize(c, same))).isEmpty();

            Schema other = Schema.of(List.of(line(Column.of("total", "numeric(12,2)").generatedAs("price * qty"))));
            List<Operation> ops = SchemaDiff.compare(current, Pg.DIALECT.canonicalize(c, other));
            assertThat(ops).hasSize(2);
            assertThat(ops.get(0)).isInstanceOf(DropColumn.class);
            assertThat(ops.get(1)).isInstanceOf(AddColumn.class);
            assertThat(Pg.DIALECT.hazards(ops.get(0), true)).singleElement().asString()
                    .contains("drops generated column line.total").doesNotContain("DATA LOSS");
            assertThat(Pg.DIALECT.hazards(ops.get(1), true)).singleElement().asString().startsWith("LOCK: rewrites line");

            db.execute("INSERT INTO line (id, price, qty) VALUES (1, 2.50, 4)");
            Pg.apply(db, ops);
            assertThat(db.column("SELECT total::text FROM line")).containsExactly("10.00");
            assertThat(SchemaDiff.compare(Pg.DIALECT.canonicalize(c, Pg.introspect(db)),
                    Pg.DIALECT.canonicalize(c, other))).isEmpty();
            Pg.apply(db, SchemaDiff.inverse(ops));
            assertThat(Pg.DIALECT.canonicalize(c, Pg.introspect(db)).table(LINE).orElseThrow().column("total"))
                    .contains(introspected);
        }
    }

    @Test
    void anOrdinaryColumnThatBecomesGeneratedIsDroppedAndAdded() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Pg.apply(db, new CreateTable(line(Column.of("total", "numeric(12,2)"))));
            Schema wanted = Pg.DIALECT.canonicalize(c,
                    Schema.of(List.of(line(Column.of("total", "numeric(12,2)").generatedAs("price * qty")))));
            List<Operation> ops = SchemaDiff.compare(Pg.DIALECT.canonicalize(c, Pg.introspect(db)), wanted);
            assertThat(ops).extracting(o -> o.getClass().getSimpleName()).containsExactly("DropColumn", "AddColumn");
            assertThat(dev.autogen.operation.OperationSummary.of(ops.get(1)))
                    .isEqualTo("add column 'line.total' numeric(12,2) generated as ((price * (qty)::numeric))");
            assertThat(dev.autogen.diff.Explanation.of(ops.get(1))).contains("line.total: entity wants it GENERATED ALWAYS "
                    + "AS ((price * (qty)::numeric)) STORED (from @GeneratedColumn); database has no such column");
            Pg.apply(db, ops);
            assertThat(SchemaDiff.compare(Pg.DIALECT.canonicalize(c, Pg.introspect(db)), wanted)).isEmpty();
        }
    }
}
