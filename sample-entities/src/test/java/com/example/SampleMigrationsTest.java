package com.example;

import dev.autogen.junit.AutogenMigrationTests;
import dev.autogen.junit.MigrationTestKit;

/**
 * The migration test kit on the sample's committed migrations, configured by its own
 * {@code autogen.toml}: single head, upgrade from base, entities match head, and a stairway step
 * per migration.
 */
@AutogenMigrationTests(config = "autogen.toml")
class SampleMigrationsTest extends MigrationTestKit {
}
