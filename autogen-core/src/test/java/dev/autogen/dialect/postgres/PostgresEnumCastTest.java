package dev.autogen.dialect.postgres;

import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AlterColumn;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column moved from one enum type to another, or between an enum and text: converted through text. */
class PostgresEnumCastTest {

    private static final TableName ITEM = TableName.of("item");

    @Test
    void typesOfTheUsersOwnConvertThroughText() throws Exception {
        List<String> sql = new PostgresRenderer().alterColumn(new AlterColumn(ITEM, column("state", "old_state"),
                column("state", "new_state")));

        assertThat(sql).containsExactly("ALTER TABLE item ALTER COLUMN state TYPE new_state USING state::text::new_state");
        assertThat(new PostgresRenderer().alterColumn(new AlterColumn(ITEM, column("n", "integer"),
                column("n", "bigint")))).containsExactly("ALTER TABLE item ALTER COLUMN n TYPE bigint USING n::bigint");
    }

    @Test
    void postgresAcceptsIt() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TYPE old_state AS ENUM ('A', 'B')", "CREATE TYPE new_state AS ENUM ('A', 'B', 'C')",
                    "CREATE TABLE item (state old_state, label character varying(10))",
                    "INSERT INTO item VALUES ('B', 'A')");

            db.execute(new PostgresRenderer().alterColumn(new AlterColumn(ITEM, column("state", "old_state"),
                    column("state", "new_state"))).toArray(String[]::new));
            db.execute(new PostgresRenderer().alterColumn(new AlterColumn(ITEM, column("label", "character varying(10)"),
                    column("label", "new_state"))).toArray(String[]::new));

            assertThat(db.column("SELECT state::text || label::text FROM item")).containsExactly("BA");
            assertThat(db.column("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                    + "WHERE attrelid = 'item'::regclass AND attnum > 0 ORDER BY attnum")).containsExactly("new_state", "new_state");
        }
    }
}
