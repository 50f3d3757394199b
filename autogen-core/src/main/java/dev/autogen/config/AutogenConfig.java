package dev.autogen.config;

import dev.autogen.AutogenException;
import dev.autogen.diff.TableFilter;
import dev.autogen.embedded.DevDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of {@code autogen.toml}, one record per section: {@code [database]},
 * {@code [entities]} with {@code [hibernate]}, {@code [migrations]} and {@code [schema]}.
 * Relative paths are resolved against the file's directory; {@code ${VAR}} expands from the
 * environment. The file is read strictly: a section or key {@link ConfigSchema} does not declare,
 * or a value of the wrong kind, is an error naming the file, the line and what to write.
 *
 * <pre>{@code
 * AutogenConfig config = AutogenConfig.load(Path.of("autogen.toml"), System.getenv());
 * config.migrationsDirectory();   // src/main/java/com/acme/migrations, absolute
 * }</pre>
 */
public record AutogenConfig(Path file, DatabaseSettings database, EntitySettings entities,
                            MigrationSettings migrations, SchemaSettings schema) {

    public static final String FILE_NAME = "autogen.toml";
    public static final String DEFAULT_CLASSPATH = EntitySettings.DEFAULT_CLASSPATH;
    public static final String DEFAULT_VERSION_TABLE = MigrationSettings.DEFAULT_VERSION_TABLE;

    public AutogenConfig {
        Objects.requireNonNull(file, "file");
        database = database == null ? DatabaseSettings.EMBEDDED : database;
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(migrations, "migrations");
        schema = schema == null ? SchemaSettings.ALL : schema;
    }

    /** A configuration with defaults for everything but what is given (tests, the Maven plugin, the kit). */
    public AutogenConfig(Path file, Optional<String> databaseUrl, List<String> entityPackages, List<Path> classpath,
                         Path migrationsDirectory, String migrationsPackage, String versionTable,
                         Map<String, String> hibernateProperties) {
        this(file, new DatabaseSettings(databaseUrl.map(UrlSetting::given), DevDatabase.EMBEDDED),
                new EntitySettings(entityPackages, classpath, true, null, false, hibernateProperties),
                new MigrationSettings(migrationsDirectory, migrationsPackage, versionTable, null, false),
                SchemaSettings.ALL);
    }

    public static AutogenConfig load(Path file, Map<String, String> environment) {
        return load(file, environment, true);
    }

    /**
     * As {@link #load}, leaving {@code [database] url} out, for callers that never connect to it
     * (the migration test kit): the variables it names need not be set.
     */
    public static AutogenConfig loadWithoutDatabaseUrl(Path file, Map<String, String> environment) {
        return load(file, environment, false);
    }

    private static AutogenConfig load(Path file, Map<String, String> environment, boolean databaseUrl) {
        if (Files.isDirectory(file)) {
            throw new AutogenException(file + " is a directory; pass --config FILE naming the file itself, "
                    + "or -C DIR to run in that directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new AutogenException("no " + file + " here; run `autogen init` to create one, "
                    + "or pass --config FILE / -C DIR");
        }
        TomlText text = TomlText.read(file);
        TomlTable toml = new TomlTable(text.parse(), new EnvExpander(environment), file, text);
        return new AutogenConfig(file, DatabaseSettings.read(toml, databaseUrl), EntitySettings.read(toml),
                MigrationSettings.read(toml), SchemaSettings.read(toml))
                .underSpringBoot(environment, databaseUrl, toml.string("entities.naming") != null);
    }

    /**
     * In a Spring Boot project (one with {@code src/main/resources/application.properties} or
     * {@code .yml} beside the file): the database and naming this configuration leaves out, taken from
     * the application's file ({@link SpringBootProperties}); else this configuration as it is.
     */
    public AutogenConfig underSpringBoot(Map<String, String> environment, boolean withDatabaseUrl,
                                         boolean namingGiven) {
        Optional<SpringBootProperties> spring = SpringBootProperties.find(baseDirectory(), environment);
        if (spring.isEmpty()) {
            return this;
        }
        DatabaseSettings db = withDatabaseUrl && database.urlSetting().isEmpty()
                ? new DatabaseSettings(spring.get().datasourceUrl(), database.devDatabase()) : database;
        return new AutogenConfig(file, db, entities.underSpringBoot(namingGiven, spring.get()), migrations, schema);
    }

    /** The directory the configuration file is in; relative paths start there. */
    public Path baseDirectory() {
        return file.toAbsolutePath().getParent();
    }

    /** Where autogen keeps its own files: the embedded database, the compile cache. */
    public Path stateDirectory() {
        return baseDirectory().resolve(".autogen");
    }

    // ------------------------------------------------------------ the sections' values, as most callers want them

    /** {@code [database] url} as given (expanded, possibly empty: {@link #databaseUrlSetting()} reads it). */
    public Optional<String> databaseUrl() {
        return database.url();
    }

    /** {@code [database] url} with its name for messages; reading an empty one is an error. */
    public Optional<UrlSetting> databaseUrlSetting() {
        return database.urlSetting();
    }

    public DevDatabase devDatabase() {
        return database.devDatabase();
    }

    public List<String> entityPackages() {
        return entities.packages();
    }

    public List<Path> classpath() {
        return entities.classpath();
    }

    /** Whether {@code [entities] classpath} (or a front end) gave the classpath; else it is the default. */
    public boolean classpathGiven() {
        return entities.classpathGiven();
    }

    public String naming() {
        return entities.naming();
    }

    public boolean readableConstraintNames() {
        return entities.readableConstraintNames();
    }

    public Map<String, String> hibernateProperties() {
        return entities.hibernateProperties();
    }

    public Path migrationsDirectory() {
        return migrations.directory();
    }

    public String migrationsPackage() {
        return migrations.packageName();
    }

    public String versionTable() {
        return migrations.versionTable();
    }

    public Duration lockTimeout() {
        return migrations.lockTimeout();
    }

    public boolean concurrentIndexes() {
        return migrations.concurrentIndexes();
    }

    /** {@code [migrations] safety = "online"}: generated migrations are online-safe (docs/online-migrations.md). */
    public boolean onlineMigrations() {
        return migrations.online();
    }

    /** {@code [migrations] ddl_lock_timeout}: how long each statement of an online migration waits for a lock. */
    public Duration ddlLockTimeout() {
        return migrations.ddlLockTimeout();
    }

    /** {@code [migrations] lock_retries}: how often a migration that failed on its lock timeout is tried again. */
    public int lockRetries() {
        return migrations.lockRetries();
    }

    public List<String> schemas() {
        return schema.schemas();
    }

    public TableFilter tableFilter() {
        return schema.tableFilter();
    }

    /** {@code [schema] strict_key_order}: whether the key column orders the entities spell out count. */
    public boolean strictKeyOrder() {
        return schema.strictKeyOrder();
    }

    // ------------------------------------------------------------ front ends' overrides

    /** This configuration with another entity classpath (e.g. the build tool's), marked as given. */
    public AutogenConfig withClasspath(List<Path> entries) {
        return new AutogenConfig(file, database, entities.withClasspath(entries), migrations, schema);
    }

    /** This configuration with other entity packages. */
    public AutogenConfig withEntityPackages(List<String> packages) {
        return new AutogenConfig(file, database, entities.withPackages(packages), migrations, schema);
    }

    /** This configuration with another migrations directory and Java package. */
    public AutogenConfig withMigrations(Path directory, String pkg) {
        return new AutogenConfig(file, database, entities, migrations.withLocation(directory, pkg), schema);
    }

    /** This configuration with another database URL (empty: the embedded PostgreSQL). */
    public AutogenConfig withDatabaseUrl(Optional<String> url) {
        return new AutogenConfig(file, database.withUrl(url), entities, migrations, schema);
    }
}
