package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database a URL names, and the same server's other databases (a proof's copy is made from one). */
class DatabaseUrlDatabaseTest {

    @Test
    void theDatabaseIsThePathOfTheUrlAndAnotherOneKeepsServerCredentialsAndParameters() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@db.internal:5433/shop?sslmode=require");

        assertThat(url.database()).hasValue("shop");
        DatabaseUrl admin = url.withDatabase("postgres");
        assertThat(admin.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/postgres?sslmode=require");
        assertThat(admin.user()).isEqualTo("app");
        assertThat(admin.password()).isEqualTo("s3cret");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost/app").withDatabase("x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/x");
    }

    @Test
    void aUrlWithoutADatabaseNamesNone() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost:5432/").database()).isEmpty();
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost:5432").database()).isEmpty();
    }
}
