package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.SpellingCache;
import dev.autogen.dialect.SpellingFiles;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the canonicaliser remembers: a hit gives what the database gives, sends nothing but the
 * context query, and is never used once what decides a spelling (a user's function, the
 * search path, the columns of the table) has changed; a refused expression is never remembered.
 */
class PostgresSpellingCacheTest {

    private static final TableName ORDERS = new TableName(null, "orders");

    @TempDir
    Path work;

    /** Every kind: checks (one needing a second round), defaults that call, generated columns, indexes. */
    private static Schema schema(String extraCheck) {
        List<CheckConstraint> checks = new java.util.ArrayList<>(List.of(
                new CheckConstraint("orders_status_check", "status in ('NEW','PAID')"),
                new CheckConstraint("orders_qty_check", "qty >= 1 and qty <= 10"),
                new CheckConstraint("orders_amount_check", "amount between 0 and 100")));
        if (extraCheck != null) {
            checks.add(new CheckConstraint("orders_extra_check", extraCheck));
        }
        Table orders = new Table(ORDERS, List.of(Column.of("id", "bigint").notNull(),
                Column.of("status", "character varying(255)"), Column.of("qty", "integer"),
                Column.of("amount", "numeric(38,2)"), Column.of("mood", "mood"),
                Column.of("created", "timestamp(6) without time zone").withDefault("date_trunc('day', now())"),
                Column.of("total", "numeric(38,2)").generatedAs("amount * qty")),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), checks, List.of(),
                List.of(new Index("orders_lower_status", List.of("lower(status)"), false, null, List.of("qty"), true,
                        "amount > 0")), null);
        return Schema.of(List.of(orders)).with(new EnumType(new TableName(null, "mood"), List.of("HAPPY", "SAD")));
    }

    @Test
    void aHitGivesWhatTheDatabaseGivesAndSendsOnlyTheContextQuery() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Schema asked = Pg.DIALECT.canonicalize(c, schema(null));
            assertThat(asked.table(ORDERS).orElseThrow().checks().get(0).expression())
                    .isNotEqualTo("status in ('NEW','PAID')");
            CountingConnection cold = new CountingConnection(c);
            assertThat(Pg.DIALECT.canonicalize(cold.connection(), schema(null), new SpellingFiles(work)))
                    .isEqualTo(asked);
            CountingConnection warm = new CountingConnection(c);
            assertThat(Pg.DIALECT.canonicalize(warm.connection(), schema(null), new SpellingFiles(work)))
                    .isEqualTo(asked);
            assertThat(cold.calls()).hasSizeGreaterThan(3);
            assertThat(warm.calls()).containsExactly("createStatement");
        }
    }

    @Test
    void aNewExpressionAloneIsAskedAndTheRestComeFromTheCache() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            SpellingCache cache = SpellingCache.inMemory();
            Pg.DIALECT.canonicalize(c, schema(null), cache);
            Schema asked = Pg.DIALECT.canonicalize(c, schema("qty <> 7"));
            CountingConnection counting = new CountingConnection(c);
            assertThat(Pg.DIALECT.canonicalize(counting.connection(), schema("qty <> 7"), cache)).isEqualTo(asked);
            // the context query, then the new check's temporary table and the checks' and defaults'
            // queries; not the indexes' query: the index was known
            assertThat(counting.calls()).containsExactly("createStatement", "createStatement", "prepareStatement",
                    "prepareStatement", "rollback");
        }
    }

    @Test
    void whatDecidesASpellingChangingIsAMiss() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            SpellingCache cache = SpellingCache.inMemory();
            Pg.DIALECT.canonicalize(c, schema(null), cache);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE FUNCTION twice(n numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT n * 2'");
            }
            assertSendsMoreThanTheContextQuery(c, schema(null), cache);
            Pg.DIALECT.canonicalize(c, schema(null), cache);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA other; SET search_path = other, public");
            }
            assertSendsMoreThanTheContextQuery(c, schema(null), cache);
            // a column's type changed: its table is asked again
            Schema retyped = schema(null).with(schema(null).table(ORDERS).orElseThrow()
                    .withColumns(cols -> {
                        cols.replaceAll(col -> col.name().equals("qty") ? col.withType("bigint") : col);
                        return cols;
                    }));
            assertSendsMoreThanTheContextQuery(c, retyped, cache);
        }
    }

    @Test
    void aRefusedExpressionKeepsItsSpellingAndIsAskedAgain() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            SpellingCache cache = SpellingCache.inMemory();
            Schema refused = schema("no_such_function(qty) > 0");
            Schema first = Pg.DIALECT.canonicalize(c, refused, cache);
            assertThat(first).isEqualTo(Pg.DIALECT.canonicalize(c, refused));
            assertThat(extra(first))
                    .isEqualTo("no_such_function(qty) > 0");
            assertSendsMoreThanTheContextQuery(c, refused, cache);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE FUNCTION no_such_function(n numeric) RETURNS numeric LANGUAGE sql AS 'SELECT n'");
            }
            Schema accepted = Pg.DIALECT.canonicalize(c, refused, cache);
            // now PostgreSQL spells it, with the cast to the function's argument type
            assertThat(extra(accepted)).isEqualTo(extra(Pg.DIALECT.canonicalize(c, refused)))
                    .contains("qty::numeric");
        }
    }

    @Test
    void aDamagedFileIsIgnoredAndWrittenAnew() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            Schema asked = Pg.DIALECT.canonicalize(c, schema(null), new SpellingFiles(work));
            Path file;
            try (var files = Files.list(work)) {
                file = files.filter(f -> f.getFileName().toString().startsWith("canonical-postgresql-"))
                        .findFirst().orElseThrow();
            }
            Files.writeString(file, Files.readString(file).replace("qty", "QTY"));
            CountingConnection counting = new CountingConnection(c);
            assertThat(Pg.DIALECT.canonicalize(counting.connection(), schema(null), new SpellingFiles(work)))
                    .isEqualTo(asked);
            assertThat(counting.calls()).hasSizeGreaterThan(1);
            CountingConnection again = new CountingConnection(c);
            assertThat(Pg.DIALECT.canonicalize(again.connection(), schema(null), new SpellingFiles(work)))
                    .isEqualTo(asked);
            assertThat(again.calls()).containsExactly("createStatement");
        }
    }

    private static String extra(Schema schema) {
        return schema.table(ORDERS).orElseThrow().checks().stream().filter(k -> k.name().equals("orders_extra_check"))
                .findFirst().orElseThrow().expression();
    }

    private static void assertSendsMoreThanTheContextQuery(Connection c, Schema schema, SpellingCache cache)
            throws Exception {
        CountingConnection counting = new CountingConnection(c);
        assertThat(Pg.DIALECT.canonicalize(counting.connection(), schema, cache))
                .isEqualTo(Pg.DIALECT.canonicalize(c, schema));
        assertThat(counting.calls()).hasSizeGreaterThan(1);
    }
}
