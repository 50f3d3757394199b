package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void eachTestGetsAFreshEmptyDatabase() throws Exception {
        try (TestDatabase a = TestDatabases.create(); TestDatabase b = TestDatabases.create()) {
            a.execute("CREATE TABLE only_in_a (id int)");
            try (Connection c = b.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname = 'only_in_a'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThat(a.url()).isNotEqualTo(b.url());
        }
    }
}
