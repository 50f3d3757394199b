package dev.autogen.junit;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.config.UrlSetting;
import dev.autogen.embedded.DevDatabase;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntitySource;
import dev.autogen.entities.NamingPreset;
import dev.autogen.runtime.ClasspathMigrations;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.schema.Schema;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opentest4j.AssertionFailedError;

/**
 * What one {@link MigrationTestKit} class tests: the settings of its {@link AutogenMigrationTests}
 * (and the {@code autogen.toml} it names), the migrations and entities found on the test
 * classpath, and the server fresh databases come from.
 */
final class KitProject {

    private final Class<?> testClass;
    private final AutogenConfig config;
    private final Project project;
    private final List<String> entityPackages;
    private final String migrationsPackage;
    private final Map<String, String> hibernate;
    private final String naming;
    private final Optional<UrlSetting> url;
    private final boolean sources;
    private RevisionGraph graph;
    private AssertionFailedError graphError;

    private KitProject(Class<?> testClass, AutogenConfig config, List<String> entityPackages,
                       String migrationsPackage, Map<String, String> hibernate, String naming, Optional<UrlSetting> url,
                       boolean sources) {
        this.testClass = testClass;
        this.config = config;
        this.project = new Project(config, Optional.empty());
        this.entityPackages = entityPackages;
        this.migrationsPackage = migrationsPackage;
        this.hibernate = hibernate;
        this.naming = naming;
        this.url = url;
        this.sources = sources;
    }

    static KitProject of(Class<?> testClass) {
        AutogenMigrationTests settings = testClass.getAnnotation(AutogenMigrationTests.class);
        if (settings == null) {
            throw new AutogenException(testClass.getName() + " extends MigrationTestKit but has no "
                    + "@AutogenMigrationTests; add it, e.g. @AutogenMigrationTests(config = \"autogen.toml\")");
        }
        AutogenConfig config = settings.config().isBlank() ? null
                : AutogenConfig.loadWithoutDatabaseUrl(Path.of(settings.config()), System.getenv());
        if (config != null) {
            dev.autogen.workflow.ConfigWarnings.of(config).forEach(line -> System.err.println("warning: " + line));
        }
        List<String> entities = settings.entities().length > 0 ? List.of(settings.entities())
                : config == null ? List.of() : config.entityPackages();
        String migrations = !settings.migrations().isBlank() ? settings.migrations()
                : config == null ? "" : config.migrationsPackage();
        if (settings.sources() && config == null) {
            throw new AutogenException("@AutogenMigrationTests(sources = true) on " + testClass.getName()
                    + " needs config = \"autogen.toml\", whose [migrations] directory holds the sources");
        }
        if (entities.isEmpty() || migrations.isBlank()) {
            throw new AutogenException("@AutogenMigrationTests on " + testClass.getName() + " names no "
                    + (entities.isEmpty() ? "entity packages" : "migrations package") + "; give config = "
                    + "\"autogen.toml\", or entities = {\"com.acme.model\"} and migrations = \"com.acme.migrations\"");
        }
        Map<String, String> hibernate = new TreeMap<>(config == null ? Map.of() : config.hibernateProperties());
        for (String pair : settings.hibernate()) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new AutogenException("@AutogenMigrationTests(hibernate = \"" + pair + "\"): write key=value");
            }
            hibernate.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        if (config == null) {
            config = new AutogenConfig(Path.of(AutogenConfig.FILE_NAME).toAbsolutePath(), Optional.empty(), entities,
                    List.of(), Path.of("src/main/java").toAbsolutePath(), migrations,
                    AutogenConfig.DEFAULT_VERSION_TABLE, hibernate);
        }
        String naming = !settings.naming().isBlank() ? settings.naming() : config.naming();
        return new KitProject(testClass, config, entities, migrations, hibernate, naming, serverUrl(settings),
                settings.sources());
    }

    /**
     * The server named by the annotation, the system property or the environment, in that order.
     * The property given empty is an error naming it; the variable empty counts as unset, as build
     * files pass it on empty when it is not set (this project's own does).
     */
    private static Optional<UrlSetting> serverUrl(AutogenMigrationTests settings) {
        String property = System.getProperty(AutogenMigrationTests.URL_PROPERTY);
        String variable = System.getenv(AutogenMigrationTests.URL_VARIABLE);
        if (!settings.url().isBlank()) {
            return Optional.of(new UrlSetting(settings.url(), "@AutogenMigrationTests(url)", "give a database URL"));
        }
        if (property != null) {
            return Optional.of(UrlSetting.option("-D" + AutogenMigrationTests.URL_PROPERTY, property,
                    AutogenMigrationTests.URL_VARIABLE + " or an embedded PostgreSQL"));
        }
        return Optional.ofNullable(variable).filter(v -> !v.isBlank()).map(v -> UrlSetting.variable(
                AutogenMigrationTests.URL_VARIABLE, v, "an embedded PostgreSQL"));
    }

    /** The migrations of the package, as a checked graph; a failure names what is wrong with them. */
    RevisionGraph graph() {
        if (graph == null && graphError == null) {
            try {
                graph = sources ? project.migrations()
                        : RevisionGraph.of(ClasspathMigrations.load(testClass.getClassLoader(), migrationsPackage));
            } catch (AutogenException e) {
                graphError = new AssertionFailedError("the migrations in " + migrationsLocation() + " cannot be loaded: "
                        + e.getMessage(), e);
            }
        }
        if (graphError != null) {
            throw graphError;
        }
        return graph;
    }

    /** The migrations, parents first, or null when they cannot be loaded. */
    List<MigrationScript> orderedOrNull() {
        try {
            return graph().ordered();
        } catch (AssertionFailedError e) {
            return null;
        }
    }

    /** Where the migrations are looked for, for messages. */
    String migrationsLocation() {
        return sources ? "directory " + config.migrationsDirectory() : "package " + migrationsPackage
                + " on the test classpath";
    }

    /** Lets go of the compiled migrations' class loader, when they were compiled from sources. */
    void close() {
        project.close();
    }

    /** A new empty database on the kit's server; closing it drops it. */
    FreshDatabase freshDatabase() {
        DevDatabase kind = config.devDatabase();
        return KitServer.of(url, kind).create();
    }

    Runner runner(DatabaseSession session) {
        return new Runner(session.connection(), project.dialect(), graph(), project.versionTable(), RunListener.SILENT);
    }

    /** How the kit compares: as {@code autogen check} does with the same configuration. */
    dev.autogen.diff.DiffOptions diffOptions() {
        return project.diffOptions();
    }

    /** The schema a fresh database holds now, as a diff sees it (filters of the configuration applied). */
    Schema schemaOf(DatabaseSession session) {
        return config.tableFilter().apply(project.canonicalize(session, project.introspectAll(session)));
    }

    /** The schema the entities map to, spelled as this database spells it. */
    Schema desired(DatabaseSession session) {
        Schema mapped;
        try (EntityModel model = EntityModel.load(new EntitySource(entityRoots(), entityPackages,
                NamingPreset.named(naming).under(hibernate, config.readableConstraintNames())), project.dialect())) {
            mapped = model.schema();
        }
        return config.tableFilter().apply(project.canonicalize(session, mapped));
    }

    /** The directories and jars of the test classpath that hold the entity packages. */
    private List<Path> entityRoots() {
        TreeSet<String> roots = new TreeSet<>();
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(testClass.getClassLoader())
                .acceptPackages(entityPackages.toArray(String[]::new)).scan()) {
            for (ClassInfo info : scan.getAllClasses()) {
                File root = info.getClasspathElementFile();
                if (root != null) {
                    roots.add(root.getAbsolutePath());
                }
            }
        }
        if (roots.isEmpty()) {
            throw new AutogenException("no classes in packages " + entityPackages + " on the test classpath of "
                    + testClass.getName() + "; check the entity packages of @AutogenMigrationTests");
        }
        return roots.stream().map(Path::of).toList();
    }
}
