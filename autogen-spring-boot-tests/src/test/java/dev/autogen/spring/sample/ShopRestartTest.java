package dev.autogen.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.autogen.Autogen;
import dev.autogen.spring.autoconfigure.AutogenHealthIndicator;
import dev.autogen.spring.autoconfigure.AutogenMigrationInitializer;
import dev.autogen.spring.autoconfigure.AutogenStartupFailureAnalyzer;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The sample application started again on a database it migrated: a no-op, or a clear refusal. */
class ShopRestartTest {

    private static final String MIGRATIONS = "dev.autogen.spring.sample.db.migrations";

    private static final String ROWS = "SELECT revision || ' ' || applied_at || ' ' || coalesce(checksum, 'none') "
            + "FROM autogen_version ORDER BY applied_at, revision";

    @Test
    void aSecondStartRunsNothingAndLeavesTheHistoryAsItWas() throws Exception {
        try (TestDatabase database = TestDatabases.create()) {
            try (ConfigurableApplicationContext first = ShopDatabase.start(ShopApplication.class, database)) {
                assertThat(first.getBean(AutogenMigrationInitializer.class).result().steps()).hasSize(2);
            }
            List<String> history = database.column(ROWS);

            try (ConfigurableApplicationContext second = ShopDatabase.start(ShopApplication.class, database)) {
                assertThat(second.getBean(AutogenMigrationInitializer.class).result().steps()).isEmpty();
                assertThat(second.getBean(CustomerRepository.class).count()).isZero();
            }
            assertThat(database.column(ROWS)).hasSize(2).isEqualTo(history).noneMatch(row -> row.endsWith(" none"));
        }
    }

    @Test
    void aMigrationEditedAfterItWasAppliedStopsStartUpUnlessValidationIsOff() throws Exception {
        try (TestDatabase database = TestDatabases.create()) {
            // migrated as the command line or another instance would have
            Autogen.configure().url(database.urlWithCredentials()).migrations(MIGRATIONS).load().upgrade();
            String first = database.column("SELECT revision FROM autogen_version ORDER BY applied_at, revision").get(0);
            // the checksum the history holds is no longer the class's: as if the class was edited since
            database.execute("UPDATE autogen_version SET checksum = 'edited' WHERE revision = '" + first + "'");

            Throwable failure = catchThrowable(() -> ShopDatabase.start(ShopApplication.class, database));
            assertThat(failure).rootCause()
                    .hasMessageContaining("migration " + first)
                    .hasMessageContaining("was edited after it was applied to this database")
                    .hasMessageContaining("autogen repair");
            // what Spring Boot prints instead of the stack trace: the reason in one line, and what to do
            FailureAnalysis analysis = new AutogenStartupFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .startsWith("autogen: could not migrate the database at start-up: migration " + first);
            assertThat(analysis.getAction()).contains("autogen.enabled=false");
            assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                    SpringFactoriesLoader.ArgumentResolver.none(), SpringFactoriesLoader.FailureHandler.handleMessage(
                            (message, e) -> { })))
                    .as("registered for Spring Boot to use").hasAtLeastOneElementOfType(
                            AutogenStartupFailureAnalyzer.class);

            try (ConfigurableApplicationContext started = ShopDatabase.start(ShopApplication.class, database,
                    "autogen.validate-on-start=false")) {
                assertThat(started.getBean(AutogenMigrationInitializer.class).result().steps()).isEmpty();
                var health = started.getBean(AutogenHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails().get("edited")).isEqualTo(List.of(first));
            }
        }
    }
}
