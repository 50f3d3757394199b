package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** A database given back is handed out again only as it was fresh; one that cannot be made so is dropped. */
class TestDatabaseRecyclerTest {

    @Test
    void aDatabaseIsHandedOutAgainOnlyAsFreshAsANewOne() throws Exception {
        String fresh;
        String url;
        try (TestDatabase db = TestDatabases.create()) {
            try (Connection c = db.connect()) {
                fresh = TestDatabaseRecycler.fingerprint(c);
            }
            url = db.url();
            db.execute("CREATE SCHEMA audit", "CREATE TYPE audit.mood AS ENUM ('ok')", "CREATE TYPE mood AS ENUM ('a')",
                    "CREATE DOMAIN code AS text CHECK (VALUE <> '')", "CREATE TYPE pair AS (a int, b int)",
                    "CREATE TYPE span AS RANGE (subtype = int8)",
                    "CREATE SEQUENCE free_seq", "CREATE TABLE t (id bigserial PRIMARY KEY, m mood, c code)",
                    "CREATE TABLE p (id int) PARTITION BY RANGE (id)",
                    "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)",
                    "CREATE TABLE audit.log (id int REFERENCES public.t (id))",
                    "CREATE VIEW v AS SELECT id FROM t", "CREATE MATERIALIZED VIEW mv AS SELECT id FROM t",
                    "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                    "CREATE PROCEDURE pr() LANGUAGE sql AS 'SELECT 1'",
                    "CREATE AGGREGATE agg(int) (sfunc = int4pl, stype = int)",
                    "CREATE CAST (mood AS text) WITH INOUT", "CREATE TEMPORARY TABLE tmp (id int)");
            try (Connection c = db.connect()) {
                assertThat(TestDatabaseRecycler.fingerprint(c)).isNotEqualTo(fresh);
            }
        }
        try (TestDatabase again = TestDatabases.create()) {
            assertThat(again.url()).as("the same database, handed out again").isEqualTo(url);
            try (Connection c = again.connect()) {
                assertThat(TestDatabaseRecycler.fingerprint(c)).isEqualTo(fresh);
            }
            assertThat(again.column("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' ORDER BY 1"))
                    .containsExactly("information_schema", "public");
            // what the reset does not undo: the database is not handed out again
            again.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC", "CREATE OPERATOR === (leftarg = int, "
                    + "rightarg = int, function = int4eq)");
        }
        try (TestDatabase other = TestDatabases.create()) {
            assertThat(other.url()).isNotEqualTo(url);
            try (Connection c = other.connect()) {
                assertThat(TestDatabaseRecycler.fingerprint(c)).isEqualTo(fresh);
            }
        }
    }
}
