package dev.autogen.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A peer for the benchmarks: Flyway's {@code migrate} through its Java API, in a fresh JVM started
 * by {@link PeerCommands}, over a directory of {@code V<n>__<name>.sql} files (each in a
 * transaction of its own, Flyway's default on PostgreSQL). Usage:
 * {@code FlywayMigrate JDBC_URL USER PASSWORD SQL_DIR}; prints how many migrations it ran.
 */
public final class FlywayMigrate {

    private FlywayMigrate() {
    }

    public static void main(String[] args) {
        MigrateResult result = Flyway.configure().dataSource(args[0], args[1], args[2])
                .locations("filesystem:" + args[3]).load().migrate();
        System.out.printf("flyway: %d migrations run%n", result.migrationsExecuted);
        System.exit(result.success ? 0 : 1);
    }
}
