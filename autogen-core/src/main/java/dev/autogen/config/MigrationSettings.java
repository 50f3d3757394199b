package dev.autogen.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code [migrations]}: where the migration classes are, the version table, how long a run waits
 * for another, whether new indexes on existing tables are built concurrently, and the safety policy
 * of generated migrations ({@link #online()}: lock timeout, retries, online-safe statements).
 */
public record MigrationSettings(Path directory, String packageName, String versionTable, Duration lockTimeout,
                                boolean concurrentIndexes, boolean online, Duration ddlLockTimeout,
                                int lockRetries) {

    public static final String DEFAULT_VERSION_TABLE = "autogen_version";

    /** How long a statement of an online migration waits for a lock, unless told. */
    public static final Duration DEFAULT_DDL_LOCK_TIMEOUT = Duration.ofSeconds(5);

    /** How often the runner tries a migration that failed on its lock timeout again, unless told. */
    public static final int DEFAULT_LOCK_RETRIES = 3;

    public MigrationSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(packageName, "packageName");
        versionTable = versionTable == null ? DEFAULT_VERSION_TABLE : versionTable;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(1) : lockTimeout;
        ddlLockTimeout = ddlLockTimeout == null ? DEFAULT_DDL_LOCK_TIMEOUT : ddlLockTimeout;
    }

    /** Migrations in {@code directory} and {@code packageName}, everything else by default. */
    public MigrationSettings(Path directory, String packageName) {
        this(directory, packageName, null, null, false);
    }

    /** As given, with the {@code simple} safety policy. */
    public MigrationSettings(Path directory, String packageName, String versionTable, Duration lockTimeout,
                             boolean concurrentIndexes) {
        this(directory, packageName, versionTable, lockTimeout, concurrentIndexes, false, null, DEFAULT_LOCK_RETRIES);
    }

    static MigrationSettings read(TomlTable toml) {
        Integer retries = toml.seconds("migrations.lock_retries");
        return new MigrationSettings(MigrationChecks.directory(toml), MigrationChecks.packageName(toml),
                MigrationChecks.versionTable(toml),
                Optional.ofNullable(toml.seconds("migrations.lock_timeout")).map(Duration::ofSeconds).orElse(null),
                toml.bool("migrations.concurrent_indexes", false),
                toml.choice("migrations.safety").equals("online"),
                Optional.ofNullable(toml.seconds("migrations.ddl_lock_timeout")).map(Duration::ofSeconds).orElse(null),
                retries == null ? DEFAULT_LOCK_RETRIES : retries);
    }

    public MigrationSettings withLocation(Path value, String pkg) {
        return new MigrationSettings(value, pkg, versionTable, lockTimeout, concurrentIndexes, online, ddlLockTimeout,
                lockRetries);
    }

    /** The same settings under the {@code online} ({@code true}) or {@code simple} safety policy. */
    public MigrationSettings withOnline(boolean value) {
        return new MigrationSettings(directory, packageName, versionTable, lockTimeout, concurrentIndexes, value,
                ddlLockTimeout, lockRetries);
    }
}
