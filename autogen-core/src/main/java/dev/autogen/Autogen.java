package dev.autogen;

import dev.autogen.config.DatabaseUrl;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.runtime.ClasspathMigrations;
import dev.autogen.runtime.MigrationStatus;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.Step;
import dev.autogen.runtime.VersionTable;
import dev.autogen.workflow.Connections;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * autogen inside an application: migrations compiled into the application's own jar, applied at
 * start-up with the same lock, checksums and version table as the command line.
 *
 * <pre>{@code
 * Autogen.configure()
 *         .dataSource(dataSource)
 *         .migrations("com.acme.migrations")
 *         .load()
 *         .upgrade();
 * }</pre>
 */
public final class Autogen {

    private final Configuration configuration;
    private final RevisionGraph graph;

    private Autogen(Configuration configuration, RevisionGraph graph) {
        this.configuration = configuration;
        this.graph = graph;
    }

    public static Configuration configure() {
        return new Configuration();
    }

    /** Applies every pending migration of {@code migrationsPackage}: the one-line start-up call. */
    public static List<Step> upgrade(DataSource dataSource, String migrationsPackage) {
        return configure().dataSource(dataSource).migrations(migrationsPackage).load().upgrade();
    }

    public RevisionGraph graph() {
        return graph;
    }

    public List<Step> upgrade() {
        return upgrade("head");
    }

    public List<Step> upgrade(String target) {
        return run(planner -> planner.upgrade(target));
    }

    /**
     * Upgrades to {@code target}, first adopting a database that another tool built: when the version
     * table holds no row and the schema already holds tables, {@code baseline} (a revision or target;
     * {@code null} for the first migration) and its ancestors are recorded as applied without running,
     * under the same lock. The way to switch an existing database from Flyway or Liquibase at start-up.
     */
    public Upgrade upgradeAdopting(String target, String baseline) {
        String first = baseline != null ? baseline : graph.roots().isEmpty() ? "base" : graph.roots().get(0);
        List<String> adopted = new java.util.ArrayList<>();
        try (Connection connection = configuration.connect()) {
            Runner runner = runner(connection);
            List<Step> steps = runner.run(planner -> {
                List<String> stamped = runner.adoptIfUnversioned(first);
                adopted.addAll(stamped);
                return stamped.isEmpty() ? planner.upgrade(target) : runner.planner().upgrade(target);
            }, configuration.verifyChecksums);
            return new Upgrade(adopted, steps);
        } catch (SQLException e) {
            throw new AutogenException("cannot migrate: " + e.getMessage(), e);
        }
    }

    /** What {@link #upgradeAdopting} did: the revisions recorded without running, then the steps run. */
    public record Upgrade(List<String> adopted, List<Step> steps) {

        public Upgrade {
            adopted = List.copyOf(adopted);
            steps = List.copyOf(steps);
        }
    }

    /** Where the database stands against the migrations and an upgrade to {@code target}; changes nothing. */
    public MigrationStatus status(String target) {
        try (Connection connection = configuration.connect()) {
            return MigrationStatus.of(graph, runner(connection).applied(), target);
        } catch (SQLException e) {
            throw new AutogenException("cannot read where the database stands: " + e.getMessage(), e);
        }
    }

    public List<Step> downgrade(String target) {
        return run(planner -> planner.downgrade(target));
    }

    /** The revisions the database is at; empty at base. */
    public List<String> current() {
        try (Connection connection = configuration.connect()) {
            return runner(connection).planner().current();
        } catch (SQLException e) {
            throw new AutogenException("cannot read where the database stands: " + e.getMessage(), e);
        }
    }

    private List<Step> run(Function<Planner, List<Step>> plan) {
        try (Connection connection = configuration.connect()) {
            return runner(connection).run(plan, configuration.verifyChecksums);
        } catch (SQLException e) {
            throw new AutogenException("cannot migrate: " + e.getMessage(), e);
        }
    }

    private Runner runner(Connection connection) {
        return new Runner(connection, configuration.dialect,  graph,
                new VersionTable(configuration.versionTable, configuration.dialect), configuration.listener)
                .withLockTimeout(configuration.lockTimeout);
    }

    /** What {@link Autogen} runs against and what it runs; {@link #load()} finds the migrations. */
    public static final class Configuration {

        private DataSource dataSource;
        private DatabaseUrl url;
        private String migrationsPackage;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private String versionTable = "autogen_version";
        private Duration lockTimeout = Runner.DEFAULT_LOCK_TIMEOUT;
        private RunListener listener = RunListener.SILENT;
        private boolean verifyChecksums = true;
        private final Dialect dialect = new PostgresDialect();

        private Configuration() {
        }

        public Configuration dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /** A JDBC URL or {@code postgresql://user:password@host:port/db}, instead of a data source. */
        public Configuration url(String value) {
            this.url = DatabaseUrl.parse(Objects.requireNonNull(value, "url"));
            return this;
        }

        public Configuration migrations(String packageName) {
            this.migrationsPackage = Objects.requireNonNull(packageName, "packageName");
            return this;
        }

        public Configuration classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader");
            return this;
        }

        public Configuration versionTable(String value) {
            this.versionTable = Objects.requireNonNull(value, "versionTable");
            return this;
        }

        public Configuration lockTimeout(Duration value) {
            this.lockTimeout = Objects.requireNonNull(value, "lockTimeout");
            return this;
        }

        public Configuration listener(RunListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Whether a run first checks that no applied migration was edited since (the default); off, an
         * edited migration is left as it is, as with {@code autogen repair} still to run.
         */
        public Configuration verifyChecksums(boolean value) {
            this.verifyChecksums = value;
            return this;
        }

        /** Finds the migrations of the package; fails on a broken graph (missing parents, cycles). */
        public Autogen load() {
            if (migrationsPackage == null) {
                throw new AutogenException("name the package of the migrations: .migrations(\"com.acme.migrations\")");
            }
            if (dataSource == null && url == null) {
                throw new AutogenException("give a data source (.dataSource(ds)) or a URL (.url(...))");
            }
            return new Autogen(this, RevisionGraph.of(ClasspathMigrations.load(classLoader, migrationsPackage)));
        }

        private Connection connect() throws SQLException {
            return dataSource != null ? dataSource.getConnection() : Connections.open(url);
        }
    }
}
