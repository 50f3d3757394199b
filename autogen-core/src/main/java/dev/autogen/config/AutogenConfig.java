package dev.autogen.config;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.autogen.diff.TableFilter;
import java.util.Iterator;

/**
 * The contents of {@code autogen.toml}: the database (absent: the embedded PostgreSQL), the entity
 * packages and classpath, the migrations directory and Java package, Hibernate properties, and
 * which schemas and tables autogen manages.
 * Relative paths are resolved against the file's directory; {@code ${VAR}} expands from the
 * environment. With no {@code [entities] classpath} the classpath is {@code target/classes} and
 * {@link #classpathGiven()} is false, so that a front end may find the build's own classpath.
 */
public record AutogenConfig(Path file, Optional<String> databaseUrl, List<String> entityPackages,
                            List<Path> classpath, Path migrationsDirectory, String migrationsPackage,
                            String versionTable, Map<String, String> hibernateProperties,
                            List<String> schemas, TableFilter tableFilter, String naming,
                            boolean readableConstraintNames, Duration lockTimeout, boolean classpathGiven) {

    public static final String FILE_NAME = "autogen.toml";
    /** The classpath when none is given: a Maven or Gradle-with-Maven-layout project's compiled classes. */
    public static final String DEFAULT_CLASSPATH = "target/classes";
    public static final String DEFAULT_VERSION_TABLE = "autogen_version";

    public AutogenConfig {
        entityPackages = List.copyOf(entityPackages);
        classpath = List.copyOf(classpath);
        hibernateProperties = Map.copyOf(hibernateProperties);
        schemas = List.copyOf(schemas);
        tableFilter = tableFilter == null ? TableFilter.ALL : tableFilter;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(1) : lockTimeout;
    }

    /** A configuration with no extra schemas and no table filter. */
    public AutogenConfig(Path file, Optional<String> databaseUrl, List<String> entityPackages, List<Path> classpath,
                         Path migrationsDirectory, String migrationsPackage, String versionTable,
                         Map<String, String> hibernateProperties) {
        this(file, databaseUrl, entityPackages, classpath, migrationsDirectory, migrationsPackage, versionTable,
                hibernateProperties, List.of(), TableFilter.ALL, null, false, null, true);
    }

    /** This configuration with another entity classpath (e.g. the build tool's), marked as given. */
    public AutogenConfig withClasspath(List<Path> entries) {
        return new AutogenConfig(file, databaseUrl, entityPackages, entries, migrationsDirectory, migrationsPackage,
                versionTable, hibernateProperties, schemas, tableFilter, naming, readableConstraintNames, lockTimeout,
                true);
    }

    /** This configuration with other entity packages. */
    public AutogenConfig withEntityPackages(List<String> packages) {
        return new AutogenConfig(file, databaseUrl, packages, classpath, migrationsDirectory, migrationsPackage,
                versionTable, hibernateProperties, schemas, tableFilter, naming, readableConstraintNames, lockTimeout,
                classpathGiven);
    }

    /** This configuration with another migrations directory and Java package. */
    public AutogenConfig withMigrations(Path directory, String pkg) {
        return new AutogenConfig(file, databaseUrl, entityPackages, classpath, directory, pkg, versionTable,
                hibernateProperties, schemas, tableFilter, naming, readableConstraintNames, lockTimeout,
                classpathGiven);
    }

    /** This configuration with another database URL (empty: the embedded PostgreSQL). */
    public AutogenConfig withDatabaseUrl(Optional<String> url) {
        return new AutogenConfig(file, url, entityPackages, classpath, migrationsDirectory, migrationsPackage,
                versionTable, hibernateProperties, schemas, tableFilter, naming, readableConstraintNames, lockTimeout,
                classpathGiven);
    }

    /** The directory the configuration file is in; relative paths start there. */
    public Path baseDirectory() {
        return file.toAbsolutePath().getParent();
    }

    /** Where autogen keeps its own files: the embedded database, the compile cache. */
    public Path stateDirectory() {
        return baseDirectory().resolve(".autogen");
    }

    public static AutogenConfig load(Path file, Map<String, String> environment) {
        if (!Files.isRegularFile(file)) {
            throw new AutogenException("no " + file + " here; run `autogen init` to create one, "
                    + "or pass --config FILE / -C DIR");
        }
        JsonNode toml;
        try {
            toml = new TomlMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AutogenException(file + ": " + e.getOriginalMessage().replaceAll("\\s+", " ")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
        }
        EnvExpander env = new EnvExpander(environment);
        Path base = file.toAbsolutePath().getParent();
        Optional<String> url = Optional.ofNullable(string(toml, "database.url", env)).filter(s -> !s.isBlank());
        List<String> packages = strings(toml, "entities.packages", env);
        if (packages.isEmpty()) {
            throw new AutogenException(file + ": [entities] packages is missing; name the packages that hold "
                    + "your @Entity classes, e.g. packages = [\"com.acme.model\"]");
        }
        List<Path> classpath = new ArrayList<>();
        for (String entry : strings(toml, "entities.classpath", env)) {
            classpath.add(base.resolve(entry).normalize());
        }
        boolean classpathGiven = !classpath.isEmpty();
        if (!classpathGiven) {
            classpath.add(base.resolve(DEFAULT_CLASSPATH));
        }
        String directory = required(toml, "migrations.directory", env, file);
        String pkg = required(toml, "migrations.package", env, file);
        String versionTable = Optional.ofNullable(string(toml, "migrations.version_table", env))
                .orElse(DEFAULT_VERSION_TABLE);
        Map<String, String> hibernate = new TreeMap<>();
        JsonNode table = toml.path("hibernate");
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            hibernate.put(entry.getKey(), env.expand(entry.getValue().asText(), "hibernate." + entry.getKey()));
        }
        TableFilter filter = new TableFilter(strings(toml, "schema.include", env), strings(toml, "schema.exclude", env));
        return new AutogenConfig(file, url, packages, classpath, base.resolve(directory).normalize(), pkg,
                versionTable, hibernate, strings(toml, "schema.schemas", env), filter,
                string(toml, "entities.naming", env), constraintNames(toml, env), lockTimeout(toml), classpathGiven);
    }

    private static Duration lockTimeout(JsonNode toml) {
        JsonNode node = node(toml, "migrations.lock_timeout");
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.canConvertToInt() || node.asInt() < 0) {
            throw new AutogenException("autogen.toml: migrations.lock_timeout must be a number of seconds, e.g. 60");
        }
        return Duration.ofSeconds(node.asInt());
    }

    private static boolean constraintNames(JsonNode toml, EnvExpander env) {
        String value = string(toml, "entities.constraint_names", env);
        if (value == null || value.equals("hibernate")) {
            return false;
        }
        if (value.equals("readable")) {
            return true;
        }
        throw new AutogenException("autogen.toml: [entities] constraint_names = \"" + value + "\" is unknown; use "
                + "\"readable\" (fk_/uq_/ix_<table>_<columns>) or \"hibernate\" (Hibernate's hashed names)");
    }

    private static String required(JsonNode toml, String key, EnvExpander env, Path file) {
        String value = string(toml, key, env);
        if (value == null || value.isBlank()) {
            throw new AutogenException(file + ": " + key + " is missing; see `autogen init` for an example");
        }
        return value;
    }

    private static JsonNode node(JsonNode toml, String key) {
        int dot = key.indexOf('.');
        return toml.path(key.substring(0, dot)).path(key.substring(dot + 1));
    }

    private static String string(JsonNode toml, String key, EnvExpander env) {
        JsonNode node = node(toml, key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new AutogenException("autogen.toml: " + key + " must be a string");
        }
        return env.expand(node.asText(), key);
    }

    private static List<String> strings(JsonNode toml, String key, EnvExpander env) {
        JsonNode node = node(toml, key);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new AutogenException("autogen.toml: " + key + " must be a list of strings, e.g. [\"a\", \"b\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            out.add(env.expand(item.asText(), key));
        }
        return out;
    }
}
