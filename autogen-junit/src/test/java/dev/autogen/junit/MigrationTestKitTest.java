package dev.autogen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.autogen.embedded.EmbeddedServer;
import dev.autogen.workflow.Connections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs the kit as a user's build would (through the JUnit Platform) on migrations that agree with
 * their entities and on three broken set-ups, and reads the outcome of each test it makes.
 */
class MigrationTestKitTest {

    @AutogenMigrationTests(entities = "dev.autogen.junit.fixtures.model", migrations = "dev.autogen.junit.fixtures.twoheads")
    static class TwoHeads extends MigrationTestKit {
    }

    @AutogenMigrationTests(entities = "dev.autogen.junit.fixtures.model",
            migrations = "dev.autogen.junit.fixtures.baddowngrade")
    static class DowngradeForgetsAColumn extends MigrationTestKit {
    }

    @AutogenMigrationTests(entities = "dev.autogen.junit.fixtures.modelv2",
            migrations = "dev.autogen.junit.fixtures.migrations")
    static class EntityChangeWithoutMigration extends MigrationTestKit {
    }

    @AutogenMigrationTests(entities = "dev.autogen.junit.fixtures.model",
            migrations = "dev.autogen.junit.fixtures.failingupgrade")
    static class UpgradeFails extends MigrationTestKit {
    }

    /** Migrations that are only sources (in target/test-classes/sources-project/migrations), not classes. */
    @AutogenMigrationTests(config = "target/test-classes/sources-project/autogen.toml", sources = true)
    static class FromSources extends MigrationTestKit {
    }

    @AutogenMigrationTests(config = "target/test-classes/sources-project/autogen.toml")
    static class SourcesLookedForOnTheClasspath extends MigrationTestKit {
    }

    @AutogenMigrationTests(config = "target/test-classes/container-project/autogen.toml")
    static class ContainerWithoutTestcontainers extends MigrationTestKit {
    }

    @AutogenMigrationTests(entities = "dev.autogen.junit.fixtures.model")
    static class NoMigrationsPackage extends MigrationTestKit {
    }

    @Test
    void migrationsThatAgreeWithTheirEntitiesPassEveryTestWithReadableNames() {
        Map<String, Outcome> outcomes = run(GreenMigrationsTest.class);

        assertThat(outcomes).containsOnlyKeys("single head", "upgrade: base to head", "entities match head",
                "stairway: 1a2b3c4d5e6f create authors and books", "stairway: 2b3c4d5e6f7a add archived_at");
        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    }

    @Test
    void twoHeadsFailSingleHeadNamingBoth() {
        Map<String, Outcome> outcomes = run(TwoHeads.class);

        assertThat(outcomes.get("single head").status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(outcomes.get("single head").message())
                .contains("2 heads (2b3c4d5e6f7a, 3c4d5e6f7a8b)", "autogen merge");
        assertThat(outcomes.get("upgrade: base to head").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(outcomes.get("stairway: 3c4d5e6f7a8b touch every title").status())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(outcomes.get("entities match head").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aDowngradeThatDoesNotRestoreFailsItsStairwayStepNamingRevisionAndDifference() {
        Map<String, Outcome> outcomes = run(DowngradeForgetsAColumn.class);

        assertThat(outcomes.get("stairway: 1a2b3c4d5e6f create authors and books").status())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        Outcome step = outcomes.get("stairway: 2b3c4d5e6f7a add archived_at");
        assertThat(step.status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(step.message()).contains("downgrade of 2b3c4d5e6f7a", "does not restore the schema",
                "archived_at");
        assertThat(outcomes.get("entities match head").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void anEntityChangeWithNoMigrationFailsEntitiesMatchHeadNamingTheChange() {
        Map<String, Outcome> outcomes = run(EntityChangeWithoutMigration.class);

        Outcome match = outcomes.get("entities match head");
        assertThat(match.status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(match.message()).contains("2b3c4d5e6f7a", "isbn", "autogen -m");
        assertThat(outcomes.get("single head").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aMigrationThatFailsToApplyIsNamedWithItsStatementAndItsDescendantsAreNotTested() {
        Map<String, Outcome> outcomes = run(UpgradeFails.class);

        Outcome upgrade = outcomes.get("upgrade: base to head");
        assertThat(upgrade.status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(upgrade.message()).contains("upgrade of 4d5e6f7a8b9c", "ALTER TABLE no_such_table",
                "does not exist");
        Outcome step = outcomes.get("stairway: 4d5e6f7a8b9c rename missing table");
        assertThat(step.status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(step.message()).contains("the upgrade of 4d5e6f7a8b9c fails");
        Outcome after = outcomes.get("stairway: 5e6f7a8b9c0d after the failure");
        assertThat(after.status()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(after.message()).contains("parents of 5e6f7a8b9c0d", "4d5e6f7a8b9c");
        assertThat(outcomes.get("stairway: 2b3c4d5e6f7a add archived_at").status())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void migrationSourcesAreCompiledAsTheCommandLineDoesWhenAsked() {
        Map<String, Outcome> fromSources = run(FromSources.class);
        Map<String, Outcome> fromClasspath = run(SourcesLookedForOnTheClasspath.class);

        assertThat(fromSources).containsKeys("stairway: 1a2b3c4d5e6f create authors and books",
                "stairway: 2b3c4d5e6f7a add archived_at");
        assertThat(fromSources.values()).allSatisfy(o -> assertThat(o.status())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
        assertThat(fromClasspath.get("single head").status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(fromClasspath.get("single head").message())
                .contains("no migrations in package com.acme.migrations on the test classpath");
    }

    @Test
    void aContainerDevDatabaseWithoutTestcontainersOnTheClasspathSaysWhatToAdd() {
        assertThat(getClass().getClassLoader().getResource("org/testcontainers/DockerClientFactory.class")).isNull();

        Map<String, Outcome> outcomes = run(ContainerWithoutTestcontainers.class);

        assertThat(outcomes.get("single head").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(outcomes.get("upgrade: base to head").status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(outcomes.get("upgrade: base to head").message()).contains(
                "needs Testcontainers on the classpath (org.testcontainers:testcontainers)", "remove dev_database");
    }

    @Test
    void aClassWithoutAMigrationsPackageFailsSayingWhatToGive() {
        List<Event> failures = EngineTestKit.engine("junit-jupiter").selectors(selectClass(NoMigrationsPackage.class))
                .execute().allEvents().failed().list();

        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()
                .getMessage()).contains("names no migrations package", "migrations = ");
    }

    @Test
    void onAServerNamedByTheSystemPropertyEveryTestGetsAFreshDatabaseDroppedAfterwards() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.throwaway()) {
            // the embedded server asks for its password, so the URL carries it, as a user would write it
            String url = server.url().jdbcUrl() + "?user=" + server.url().user() + "&password=" + server.url().password();
            Map<String, Outcome> outcomes = withUrl(url, () -> run(GreenMigrationsTest.class));

            assertThat(outcomes).hasSize(5);
            assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.status())
                    .isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
            try (Connection c = Connections.open(server.url()); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'autogen_kit_%'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aServerThatCannotBeReachedFailsTheTestsSayingWhere() {
        Map<String, Outcome> outcomes = withUrl("postgresql://kit@localhost:1/nowhere", () -> run(GreenMigrationsTest.class));

        assertThat(outcomes.get("single head").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(outcomes.get("upgrade: base to head").status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(outcomes.get("upgrade: base to head").message()).contains("cannot reach the database at",
                "localhost:1", "-Dautogen.test.url").doesNotContain("AUTOGEN_DATABASE_URL");
    }

    private static <T> T withUrl(String url, java.util.function.Supplier<T> body) {
        System.setProperty(AutogenMigrationTests.URL_PROPERTY, url);
        try {
            return body.get();
        } finally {
            System.clearProperty(AutogenMigrationTests.URL_PROPERTY);
        }
    }

    private record Outcome(TestExecutionResult.Status status, String message) {
    }

    /** The kit's tests for one class, by display name. */
    private static Map<String, Outcome> run(Class<?> testClass) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents()
                .filter(e -> e.getType() == EventType.FINISHED || e.getType() == EventType.SKIPPED)
                .forEach(e -> {
                    TestExecutionResult result = e.getPayload(TestExecutionResult.class)
                            .orElse(TestExecutionResult.aborted(null));
                    String message = result.getThrowable().map(Throwable::getMessage).orElse("");
                    outcomes.put(e.getTestDescriptor().getDisplayName(), new Outcome(result.getStatus(), message));
                });
        return outcomes;
    }
}
