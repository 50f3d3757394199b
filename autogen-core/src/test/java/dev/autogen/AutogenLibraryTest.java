package dev.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.Step;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Seed 004's container entrypoint, the autogen way: migrations compiled into the application, applied at start-up. */
class AutogenLibraryTest {

    private static final String MIGRATIONS = "dev.autogen.runtime.fixtures";

    @Test
    void anApplicationUpgradesItsDatabaseAtStartUp() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(db.url());
            dataSource.setUser(db.user());
            dataSource.setPassword(db.password());

            List<Step> applied = Autogen.upgrade(dataSource, MIGRATIONS);

            assertThat(applied).extracting(s -> s.script().revision()).containsExactly("0f1e2d3c4b5a", "1a2b3c4d5e6f");
            assertThat(db.column("SELECT body FROM note ORDER BY body")).containsExactly("hello", "world");
            assertThat(Autogen.upgrade(dataSource, MIGRATIONS)).as("a second start applies nothing").isEmpty();

            Autogen autogen = Autogen.configure().url(db.urlWithCredentials()).migrations(MIGRATIONS).load();
            assertThat(autogen.current()).containsExactly("1a2b3c4d5e6f");
            assertThat(autogen.downgrade("base")).hasSize(2);
            assertThat(autogen.current()).isEmpty();
        }
    }

    @Test
    void aMissingPackageOrDatabaseIsAClearError() {
        assertThatThrownBy(() -> Autogen.configure().url("jdbc:postgresql://localhost/x").load())
                .isInstanceOf(AutogenException.class).hasMessageContaining(".migrations(\"com.acme.migrations\")");
        assertThatThrownBy(() -> Autogen.configure().migrations(MIGRATIONS).load())
                .isInstanceOf(AutogenException.class).hasMessageContaining(".dataSource(ds)");
    }
}
