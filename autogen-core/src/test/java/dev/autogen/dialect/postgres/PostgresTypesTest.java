package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

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

class PostgresTypesTest {

    /**
     * Spellings Hibernate 7.4's PostgreSQLDialect writes in DDL (Dialect.columnType, its
     * PostgreSQL overrides, CapacityDependentDdlType float4, Scale6IntervalSecondDdlType, jsonb,
     * ArrayDdlTypeImpl's "x array"), plus hand-written synonyms, with the canonical form.
     */
    private static final String[][] SPELLINGS = {
            {"boolean", "boolean"}, {"bool", "boolean"},
            {"smallint", "smallint"}, {"int2", "smallint"},
            {"integer", "integer"}, {"int", "integer"}, {"int4", "integer"},
            {"bigint", "bigint"}, {"int8", "bigint"},
            {"float(53)", "double precision"}, {"float8", "double precision"},
            {"double precision", "double precision"}, {"float", "double precision"},
            {"float(24)", "real"}, {"float4", "real"}, {"real", "real"}, {"float(10)", "real"},
            {"numeric(38,2)", "numeric(38,2)"}, {"decimal(38,2)", "numeric(38,2)"},
            {"numeric(10)", "numeric(10,0)"}, {"numeric", "numeric"}, {"decimal", "numeric"},
            {"date", "date"},
            {"time(6)", "time(6) without time zone"}, {"time", "time(6) without time zone"},
            {"time(6) with time zone", "time(6) with time zone"}, {"timetz", "time(6) with time zone"},
            {"timestamp(6)", "timestamp(6) without time zone"},
            {"timestamp", "timestamp(6) without time zone"},
            {"timestamp(6) with time zone", "timestamp(6) with time zone"},
            {"timestamptz(6)", "timestamp(6) with time zone"},
            {"timestamptz", "timestamp(6) with time zone"},
            {"timestamp(3) without time zone", "timestamp(3) without time zone"},
            {"char(1)", "character(1)"}, {"character(1)", "character(1)"}, {"char", "character(1)"},
            {"character(10)", "character(10)"},
            {"varchar(255)", "character varying(255)"}, {"varchar", "character varying"},
            {"character varying(40)", "character varying(40)"},
            {"text", "text"}, {"oid", "oid"}, {"bytea", "bytea"}, {"uuid", "uuid"},
            {"json", "json"}, {"jsonb", "jsonb"}, {"xml", "xml"}, {"inet", "inet"},
            {"interval second(6)", "interval second(6)"}, {"interval", "interval(6)"},
            {"interval second", "interval second(6)"}, {"interval day to second", "interval day to second(6)"},
            {"interval(3)", "interval(3)"}, {"interval year", "interval year"},
            {"interval day to second(0)", "interval day to second(0)"}, {"interval hour", "interval hour"},
            {"timestamp array", "timestamp(6) without time zone[]"}, {"time(3)[]", "time(3) without time zone[]"},
            {"timestamp with time zone", "timestamp(6) with time zone"}, {"time with time zone", "time(6) with time zone"},
            {"integer array", "integer[]"}, {"integer[]", "integer[]"}, {"int4[][]", "integer[]"},
            {"integer array[3]", "integer[]"}, {"varchar(255) array", "character varying(255)[]"},
            {"timestamp(6) array", "timestamp(6) without time zone[]"},
            {"float(53) array", "double precision[]"}, {"bit", "bit(1)"}, {"varbit(8)", "bit varying(8)"},
    };

    @Test
    void normalisesEveryKnownSpelling() {
        for (String[] row : SPELLINGS) {
            assertThat(PostgresTypes.normalize(row[0])).as(row[0]).isEqualTo(row[1]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "  VARCHAR ( 255 ) |character varying(255)",
            "Timestamp(6)   With Time Zone|timestamp(6) with time zone",
            "NUMERIC(38, 2)|numeric(38,2)",
            "Double   Precision|double precision",
            "INTEGER ARRAY|integer[]",
            "MyEnumType|myenumtype",
            " geometry |geometry",
    })
    void isCaseAndWhitespaceInsensitiveAndPassesUnknownNamesThrough(String spelling, String canonical) {
        assertThat(PostgresTypes.normalize(spelling)).isEqualTo(canonical);
    }

    /** What introspection makes of {@code format_type}: the same canonical form for every spelling of one type. */
    @Test
    void canonicalFormIsWhatIntrospectionReadsForEachSpelling() throws Exception {
        Map<String, String> expectedByColumn = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < SPELLINGS.length; i++) {
            columns.add("c" + i + " " + SPELLINGS[i][0]);
            expectedByColumn.put("c" + i, PostgresTypes.normalize(SPELLINGS[i][0]));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE spellings (" + String.join(", ", columns) + ")");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                    SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
                    WHERE attrelid = 'spellings'::regclass AND attnum > 0 ORDER BY attnum""")) {
                while (rs.next()) {
                    actual.put(rs.getString(1), PostgresTypes.withDefaultPrecision(rs.getString(2)));
                }
            }
        }
        assertThat(actual).containsExactlyEntriesOf(expectedByColumn);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "bit(8)|true", "bit varying(16)|true", "`\"bit\"`|true", "bit(1)[]|false", "text|false", "bytea|false",
    })
    void recognisesBitStringTypes(String canonical, boolean bitString) {
        assertThat(PostgresTypes.isBitString(canonical)).as(canonical).isEqualTo(bitString);
    }

    @Test
    void theLengthlessBitOfCastsPassesThroughQuoted() {
        // PostgreSQL prints '0101'::"bit" for a bit-string constant; "bit" is not bit(1)
        assertThat(PostgresTypes.normalize("\"bit\"")).isEqualTo("\"bit\"");
    }

    /** PostgreSQL's default precision of time types is 6: no precision and (6) are one type, (3) another. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "timestamp|timestamp(6)|true", "timestamp without time zone|timestamp(6) without time zone|true",
            "timestamptz|timestamp(6) with time zone|true", "time|time(6)|true", "timetz|time(6) with time zone|true",
            "interval|interval(6)|true", "interval second|interval second(6)|true", "timestamp[]|timestamp(6) array|true",
            "timestamp(3)|timestamp(6)|false", "timestamp|timestamp(3)|false", "time(0)|time|false",
            "interval(3)|interval|false", "interval second|interval|false", "timestamp|timestamptz|false",
    })
    void defaultTimePrecisionIsNoDifference(String a, String b, boolean same) {
        assertThat(PostgresTypes.normalize(a).equals(PostgresTypes.normalize(b))).as(a + " vs " + b).isEqualTo(same);
    }

    @Test
    void canonicalFormsAreFixedPoints() {
        for (String[] row : SPELLINGS) {
            assertThat(PostgresTypes.normalize(row[1])).as(row[1]).isEqualTo(row[1]);
        }
    }
}
