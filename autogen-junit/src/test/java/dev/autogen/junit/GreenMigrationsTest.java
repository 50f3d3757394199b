package dev.autogen.junit;

/** The kit on entities and migrations that agree: every test it makes passes. */
@AutogenMigrationTests(entities = "dev.autogen.junit.fixtures.model", migrations = "dev.autogen.junit.fixtures.migrations")
class GreenMigrationsTest extends MigrationTestKit {
}
