package dev.autogen.dialect.postgres;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateSchema;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renaming constraints and indexes: the SQL, and what PostgreSQL does with it (a unique's index follows). */
class PostgresRenameSqlTest {

    private static final TableName ORDER = new TableName("shop", "order");

    @Test
    void theStatements() {
        assertThat(Pg.DIALECT.render(new RenameConstraint(ORDER, "FK1", "fk_order_customer"))).containsExactly(
                "ALTER TABLE shop.\"order\" RENAME CONSTRAINT \"FK1\" TO fk_order_customer");
        assertThat(Pg.DIALECT.render(new RenameIndex(ORDER, "idx1", "select"))).containsExactly(
                "ALTER INDEX shop.idx1 RENAME TO \"select\"");
        assertThat(Pg.DIALECT.hazards(new RenameConstraint(ORDER, "a", "b"), true)).as("catalog only").isEmpty();
        assertThat(Pg.DIALECT.hazards(new RenameIndex(ORDER, "a", "b"), true)).as("catalog only").isEmpty();
    }

    @Test
    void aUniqueConstraintsIndexIsRenamedAlongAndAnIndexInItsSchema() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateSchema("shop"), new CreateTable(Table.of(ORDER, List.of(
                    column("id", "bigint").notNull(), column("code", "text"), primaryKey(null, "id"),
                    unique("order_code_key", "code")))), new CreateIndex(ORDER, index("idx1", "id", "code")));

            Pg.apply(db, new RenameConstraint(ORDER, "order_code_key", "uq_order_code"),
                    new RenameConstraint(ORDER, "order_pkey", "pk_order"),
                    new RenameIndex(ORDER, "idx1", "ix_order_id_code"));

            assertThat(rows(db, "SELECT conname FROM pg_constraint WHERE conrelid = 'shop.\"order\"'::regclass"
                    + " ORDER BY 1")).containsExactly("pk_order", "uq_order_code");
            assertThat(rows(db, "SELECT indexrelid::regclass::text FROM pg_index"
                    + " WHERE indrelid = 'shop.\"order\"'::regclass ORDER BY 1"))
                    .containsExactly("shop.ix_order_id_code", "shop.pk_order", "shop.uq_order_code");
        }
    }

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
