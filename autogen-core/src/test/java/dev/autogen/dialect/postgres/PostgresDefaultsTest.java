package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresDefaultsTest {

    /** Column type, default as written (by hand or in {@code @ColumnDefault}). */
    private static final String[][] WRITTEN = {
            {"character varying(255)", "'x'"},
            {"character varying(255)", "'it''s'"},
            {"character varying(255)", "'x'::varchar"},
            {"text", "'x'"},
            {"character(1)", "'y'"},
            {"integer", "0"},
            {"integer", "-1"},
            {"bigint", "0"},
            {"bigint", "-5"},
            {"smallint", "7"},
            {"numeric(38,2)", "0"},
            {"numeric(38,2)", "1.50"},
            {"numeric(38,2)", "-1.5"},
            {"double precision", "1.5"},
            {"real", "-2.5"},
            {"boolean", "true"},
            {"boolean", "FALSE"},
            {"boolean", "'t'"},
            {"timestamp(6) without time zone", "now()"},
            {"timestamp(6) without time zone", "NOW()"},
            {"timestamp(6) without time zone", "CURRENT_TIMESTAMP"},
            {"timestamp(6) with time zone", "current_timestamp"},
            {"date", "current_date"},
            {"date", "'2020-01-31'"},
            {"uuid", "gen_random_uuid()"},
            {"jsonb", "'{}'"},
            {"jsonb", "'{}'::jsonb"},
            {"interval", "'1 day'::interval"},
            {"character varying(255)", "CURRENT_USER"},
            {"integer[]", "'{}'"},
            {"integer[]", "ARRAY[1,2]"},
            {"integer[]", "ARRAY[1 , 2,3]"},
            {"numeric(10,2)", "round(1.234,2)"},
            {"bit(8)", "B'00000000'"},
            {"bit(8)", "X'0F'"},
            {"bit varying(16)", "b'0101'"},
            {"character varying(20)", "'a,b'"},
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'x'::character varying|character varying(255)|'x'",
            "'x'::text|character varying(255)|'x'",
            "'x'::bpchar|character(1)|'x'",
            "'-1'::integer|integer|-1",
            "'-1'::integer|bigint|-1",
            "'-1.5'::numeric|numeric(38,2)|-1.5",
            "'2020-01-31'::date|date|'2020-01-31'",
            "NOW()|timestamp(6) without time zone|now()",
            "current_timestamp|timestamp(6) without time zone|CURRENT_TIMESTAMP",
            "'NOW()'|text|'NOW()'",
            "nextval('seq'::regclass)|bigint|nextval('seq'::regclass)",
            "'x'::character varying|integer|'x'::character varying",
            "(now() + '1 day'::interval)|timestamp(6) without time zone|(now() + '1 day'::interval)",
            "'yes'|boolean|true",
            "TRUE|boolean|true",
            "ARRAY[1,2]|integer[]|ARRAY[1, 2]",
            "ARRAY[1 ,  2]|integer[]|ARRAY[1, 2]",
            "round(1.234,2)|numeric(10,2)|round(1.234, 2)",
            "'a,b'|text|'a,b'",
            "'1'::numeric(10, 2)|text|'1'::numeric(10,2)",
            "'{1,2}'::integer[]|integer[]|'{1,2}'",
            "B'0101'|bit(4)|'0101'",
            "X'1F'|bit(8)|'00011111'",
            "`'0101'::\"bit\"`|bit varying(8)|'0101'",
            "`'0101'::\"bit\"`|integer|`'0101'::\"bit\"`",
    })
    void normalises(String written, String type, String canonical) {
        assertThat(PostgresDefaults.normalize(written, type)).isEqualTo(canonical);
    }

    @Test
    void nullStaysNull() {
        assertThat(PostgresDefaults.normalize(null, "integer")).isNull();
    }

    /** {@code DEFAULT NULL} as hand-written SQL, Liquibase and PostgreSQL's own catalog spell it: no default. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "NULL|character varying(20)", "null|integer", "NULL::character varying|character varying(20)",
            "NULL::text|text", "(NULL)::integer|integer", "((NULL))::character varying(20)|character varying(20)",
            "NULL::numeric(10,2)|numeric(10,2)", "NULL::timestamp without time zone|timestamp(6) without time zone",
            "`NULL::public.\"Mood\"`|mood", "NULL::integer[]|integer[]", " ( NULL ) |integer",
    })
    void aNullDefaultIsNoDefault(String written, String type) {
        assertThat(PostgresDefaults.normalize(written, type)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'NULL'|text|'NULL'", "nullif(a, b)|integer|nullif(a, b)", "coalesce(NULL, 1)|integer|coalesce(null, 1)",
            "(NULL)::integer + 1|integer|(null)::integer + 1", "`'null'::text`|text|'null'",
    })
    void whatOnlyContainsNullIsADefault(String written, String type, String canonical) {
        assertThat(PostgresDefaults.normalize(written, type)).isEqualTo(canonical);
    }

    @Test
    void postgresStoresDefaultNullAsACastNullThatIsNoDefault() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE n (a varchar(20) DEFAULT NULL, b integer DEFAULT (NULL)::integer,"
                    + " c text DEFAULT NULL::text, d timestamp DEFAULT NULL, e integer DEFAULT 0)");
            Schema schema = Pg.introspect(db);
            assertThat(schema.table(TableName.of("n")).orElseThrow().columns())
                    .extracting(dev.autogen.schema.Column::defaultValue).containsExactly(null, null, null, null, "0");
        }
    }

    @Test
    void writtenDefaultsEqualWhatPostgresStores() throws Exception {
        List<String> columns = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < WRITTEN.length; i++) {
            columns.add("c" + i + " " + WRITTEN[i][0] + " DEFAULT " + WRITTEN[i][1]);
            expected.put("c" + i, PostgresDefaults.normalize(WRITTEN[i][1], WRITTEN[i][0]));
        }
        Map<String, String> stored = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE defaults (" + String.join(", ", columns) + ")");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)
                    FROM pg_attribute a JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                    WHERE a.attrelid = 'defaults'::regclass ORDER BY a.attnum""")) {
                while (rs.next()) {
                    raw.put(rs.getString(1), rs.getString(3));
                    stored.put(rs.getString(1), PostgresDefaults.normalize(rs.getString(3), rs.getString(2)));
                }
            }
        }
        assertThat(stored).as("stored as %s", raw).containsExactlyEntriesOf(expected);
        // the normalisation did real work: PostgreSQL's own spelling differs for casts
        assertThat(raw.get("c0")).isEqualTo("'x'::character varying");
    }
}
