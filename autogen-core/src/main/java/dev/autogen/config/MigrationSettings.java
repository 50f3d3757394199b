package dev.autogen.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code [migrations]}: where the migration classes are, the version table, how long a run waits
 * for another, and whether new indexes on existing tables are built concurrently.
 */
public record MigrationSettings(Path directory, String packageName, String versionTable, Duration lockTimeout,
                                boolean concurrentIndexes) {

    public static final String DEFAULT_VERSION_TABLE = "autogen_version";

    public MigrationSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(packageName, "packageName");
        versionTable = versionTable == null ? DEFAULT_VERSION_TABLE : versionTable;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(1) : lockTimeout;
    }

    /** Migrations in {@code directory} and {@code packageName}, everything else by default. */
    public MigrationSettings(Path directory, String packageName) {
        this(directory, packageName, null, null, false);
    }

    static MigrationSettings read(TomlTable toml) {
        return new MigrationSettings(MigrationChecks.directory(toml), MigrationChecks.packageName(toml),
                MigrationChecks.versionTable(toml),
                Optional.ofNullable(toml.seconds("migrations.lock_timeout")).map(Duration::ofSeconds).orElse(null),
                toml.bool("migrations.concurrent_indexes", false));
    }

    public MigrationSettings withLocation(Path value, String pkg) {
        return new MigrationSettings(value, pkg, versionTable, lockTimeout, concurrentIndexes);
    }
}
