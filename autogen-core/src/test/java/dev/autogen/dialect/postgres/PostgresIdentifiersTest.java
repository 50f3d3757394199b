package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresIdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "invoice|invoice",
            "user_id|user_id",
            "_x$1|_x$1",
            "user|\"user\"",
            "order|\"order\"",
            "group|\"group\"",
            "table|\"table\"",
            "select|\"select\"",
            "end|\"end\"",
            "left|\"left\"",
            "Invoice|\"Invoice\"",
            "camelCase|\"camelCase\"",
            "1abc|\"1abc\"",
            "with space|\"with space\"",
            "a\"b|\"a\"\"b\"",
            "name|name",
            "text|text",
    })
    void quotesOnlyWhenNeeded(String identifier, String sql) {
        assertThat(PostgresIdentifiers.quote(identifier)).isEqualTo(sql);
    }

    @Test
    void reservedListIsWhatTheServerReserves() throws Exception {
        Set<String> server = new HashSet<>();
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')")) {
            while (rs.next()) {
                server.add(rs.getString(1));
            }
        }
        assertThat(PostgresIdentifiers.RESERVED).containsExactlyInAnyOrderElementsOf(server);
    }

    @Test
    void defaultPrimaryKeyNameIsCutTo63BytesLikePostgres() throws Exception {
        String longName = "t".repeat(70);
        String multibyte = "é".repeat(40);
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE " + longName + " (id int PRIMARY KEY)",
                    "CREATE TABLE \"" + multibyte + "\" (id int PRIMARY KEY)");
            Set<String> names = new HashSet<>();
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT conname FROM pg_constraint WHERE contype = 'p' AND connamespace = 'public'::regnamespace")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            // PostgreSQL truncates the table name itself to 63 bytes first
            assertThat(names).containsExactlyInAnyOrder(
                    PostgresIdentifiers.defaultPrimaryKeyName(longName.substring(0, 63)),
                    PostgresIdentifiers.defaultPrimaryKeyName(multibyte.substring(0, 31)));
        }
    }

    @Test
    void tableUserWithColumnOrderRoundTrips() throws Exception {
        TableName user = TableName.of("user");
        Table table = new Table(user,
                List.of(Column.of("id", "bigint").generatedAsIdentity(),
                        Column.of("order", "integer").notNull(),
                        Column.of("Select", "text"),
                        Column.of("we\"ird", "text")),
                new PrimaryKey("user_pkey", List.of("id")),
                List.of(new UniqueConstraint("group", List.of("order", "Select"))), List.of(), List.of());
        Column extra = Column.of("end", "date");
        Index index = new Index("table", List.of("order", "we\"ird"), false);
        try (TestDatabase db = TestDatabases.create()) {
            Pg.apply(db, new CreateTable(table), new AddColumn(user, extra), new CreateIndex(user, index));
            assertThat(Pg.introspect(db).table(user)).contains(table
                    .withColumns(cs -> {
                        cs.add(extra);
                        return cs;
                    })
                    .withIndexes(is -> List.of(index)));
        }
    }
}
