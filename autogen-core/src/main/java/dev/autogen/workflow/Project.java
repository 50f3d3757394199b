package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.config.UrlSetting;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.dialect.SpellingCache;
import dev.autogen.dialect.SpellingFiles;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.KeyOrder;
import dev.autogen.entities.EntityClasspath;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntitySource;
import dev.autogen.entities.NamingPreset;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.VersionTable;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.CompiledSource;
import dev.autogen.runtime.compile.MigrationCompileException;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.schema.Schema;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project as one run of autogen sees it: its configuration, the database it talks to (a URL
 * given on the command line, in {@code AUTOGEN_DATABASE_URL} or in {@code autogen.toml}, else the
 * embedded PostgreSQL), its entities and its migrations.
 */
public final class Project implements AutoCloseable {

    private final AutogenConfig config;
    private final Optional<DatabaseUrl> databaseUrl;
    private final Dialect dialect = new PostgresDialect();
    /** What the database spelled in earlier runs, kept in {@code .autogen/cache}. */
    private final SpellingCache spellings;
    private CompiledMigrations compiled;
    private RevisionGraph graph;

    /** The project; {@code urlOverride}: a URL given by the program, which wins over the file's. */
    public Project(AutogenConfig config, Optional<String> urlOverride) {
        this(config, urlOverride.map(UrlSetting::given).orElse(null));
    }

    /**
     * The project, talking to the database of the first URL setting given: {@code override} (the
     * front end's, see {@link #urlOverride}; null: none), else {@code [database] url}, else the
     * embedded PostgreSQL. A setting given empty is an error naming it, never a fall-through.
     */
    public Project(AutogenConfig config, UrlSetting override) {
        checkVersionTableLength(config);
        this.config = config;
        this.spellings = new SpellingFiles(config.stateDirectory().resolve("cache"));
        this.databaseUrl = Optional.ofNullable(override).or(config::databaseUrlSetting).map(UrlSetting::parse);
    }

    /** The environment variable that names the database when the front end was given none. */
    public static final String URL_VARIABLE = "AUTOGEN_DATABASE_URL";

    /**
     * The URL setting that overrides the file's: the front end's own option {@code optionName}
     * ({@code --url}, {@code -Dautogen.url}) when given, else {@value #URL_VARIABLE} when set (even
     * empty); null when neither is.
     */
    public static UrlSetting urlOverride(String optionName, String given, Map<String, String> environment) {
        if (given != null) {
            return UrlSetting.option(optionName, given, URL_VARIABLE + ", autogen.toml or the embedded PostgreSQL");
        }
        String variable = environment.get(URL_VARIABLE);
        return variable == null ? null
                : UrlSetting.variable(URL_VARIABLE, variable, "autogen.toml [database] url or the embedded PostgreSQL");
    }

    public AutogenConfig config() {
        return config;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * How this project's comparisons of entities with a database go: key column order per
     * {@code [schema] strict_key_order}, names cut to the dialect's identifier limit.
     */
    public DiffOptions diffOptions() {
        return new DiffOptions(config.strictKeyOrder() ? KeyOrder.DECLARED : KeyOrder.SET,
                dialect.maxIdentifierBytes());
    }

    /** A version table name the database would cut is refused before anything is created under the cut name. */
    private void checkVersionTableLength(AutogenConfig config) {
        String name = config.versionTable();
        for (String part : name.split("\\.")) {
            int bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > dialect.maxIdentifierBytes()) {
                throw new AutogenException(config.file() + ": [migrations] version_table = \"" + name + "\" has a name of "
                        + bytes + " bytes; the database keeps only " + dialect.maxIdentifierBytes()
                        + ", so choose a shorter one");
            }
        }
    }

    public VersionTable versionTable() {
        return new VersionTable(config.versionTable(), dialect);
    }

    /** The configured database's URL; empty when commands use the embedded PostgreSQL. */
    public Optional<DatabaseUrl> databaseUrl() {
        return databaseUrl;
    }

    /** Whether a database is configured; if not, commands use the embedded PostgreSQL. */
    public boolean hasLiveDatabase() {
        return databaseUrl.isPresent();
    }

    /** The configured database, or the project's persistent embedded one. */
    public DatabaseSession openDatabase() {
        return databaseUrl.map(DatabaseSession::live)
                .orElseGet(() -> DatabaseSession.persistentEmbedded(config.stateDirectory().resolve("pgdata")));
    }

    /** A throwaway server of the configured kind ({@code [database] dev_database}), stopped on close. */
    public DatabaseSession throwawayDatabase() {
        return DatabaseSession.throwaway(config.devDatabase());
    }

    public EntityModel loadEntities() {
        return EntityModel.load(new EntitySource(config.classpath(), config.entityPackages(),
                NamingPreset.named(config.naming()).under(config.hibernateProperties(),
                        config.readableConstraintNames())), dialect);
    }

    /** The migrations of the migrations directory, compiled (or taken from the compile cache). */
    public RevisionGraph migrations() {
        if (graph == null) {
            List<MigrationScript> scripts = new ArrayList<>();
            if (Files.isDirectory(config.migrationsDirectory())) {
                // javac would otherwise report a broken jar as "error reading ...", naming no remedy; an
                // entry not built yet is no error here (history, baseline --from-database need no entities)
                EntityClasspath.verifyEntries(config.classpath().stream().filter(Files::exists).toList());
                MigrationCompiler compiler = new MigrationCompiler(config.stateDirectory().resolve("classes"),
                        config.classpath());
                try {
                    compiled = compiler.compile(config.migrationsDirectory(), Project.class.getClassLoader());
                } catch (MigrationCompileException e) {
                    // javac names files by absolute path; the user thinks in the project's paths
                    throw new AutogenException(e.getMessage().replace(config.baseDirectory() + "/", ""), e);
                }
                for (CompiledSource source : compiled.sources()) {
                    String origin = config.baseDirectory().relativize(source.path().toAbsolutePath()).toString();
                    // the graph needs only what @Revision says; a class is loaded when its migration runs
                    scripts.add(source.revision() == null ? MigrationScript.of(load(source), source.checksum(), origin)
                            : MigrationScript.lazy(source.revision(), source.checksum(), origin, source.className(),
                                    () -> load(source)));
                }
            }
            graph = RevisionGraph.of(scripts);
        }
        return graph;
    }

    /** The migrations read again, e.g. after a new one was written. */
    public RevisionGraph reloadMigrations() {
        if (compiled != null) {
            compiled.close();
            compiled = null;
        }
        graph = null;
        return migrations();
    }

    /**
     * What the migrations depend on besides their sources, as far as known now: what they were
     * compiled against and what they looked up on the class path while running so far
     * ({@link CompiledMigrations#dependencies()}); empty without migrations.
     */
    public List<String> migrationDependencies() {
        migrations();
        return compiled == null ? List.of() : compiled.dependencies();
    }

    /** Whether the run-time lines of an earlier {@link #migrationDependencies()} still hold. */
    boolean migrationDependenciesUnchanged(List<String> dependencies) {
        migrations();
        return compiled == null ? dependencies.isEmpty() : compiled.unchanged(dependencies);
    }

    public Runner runner(DatabaseSession session, RunListener listener) {
        return new Runner(session.connection(), dialect, migrations(), versionTable(), listener)
                .withLockTimeout(config.lockTimeout())
                .withLockRetries(new dev.autogen.runtime.LockRetries(config.lockRetries(),
                        dev.autogen.runtime.LockRetries.DEFAULT.backoff()));
    }

    /**
     * The schema a database holds now, in the default schema and in those {@code alsoIn} names
     * (e.g. the schemas the entities use), without autogen's own version table.
     */
    public Schema introspect(DatabaseSession session, Set<String> alsoIn) {
        try {
            return dialect.introspect(session.connection(),
                    new IntrospectionFilter(alsoIn, Set.of(versionTable().name())));
        } catch (SQLException e) {
            throw new AutogenException("cannot read the schema of " + session.description() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The whole schema of a database autogen alone made (a throwaway one): every schema in it. */
    public Schema introspectAll(DatabaseSession session) {
        return introspect(session, Set.of(IntrospectionFilter.ALL_SCHEMAS));
    }

    /**
     * A schema spelled as this database spells what it stores (check expressions, e.g.): applied
     * to both sides of a diff, since PostgreSQL's spelling of an expression depends on how it was
     * written. What the database spelled is kept in {@code .autogen/cache} and asked again only
     * of expressions it has never seen ({@link SpellingFiles}).
     */
    public Schema canonicalize(DatabaseSession session, Schema desired) {
        try {
            return dialect.canonicalize(session.connection(), desired, spellings);
        } catch (SQLException e) {
            throw new AutogenException("cannot prepare the entities' schema on " + session.description() + ": "
                    + e.getMessage(), e);
        }
    }

    private Class<?> load(CompiledSource source) {
        try {
            return Class.forName(source.className(), false, compiled.classLoader());
        } catch (ClassNotFoundException e) {
            throw new AutogenException(source.path() + ": no class " + source.className()
                    + "; the file name must match its public class", e);
        } catch (LinkageError e) {
            throw new AutogenException("cannot load the compiled migration " + source.className() + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); delete "
                    + config.stateDirectory().resolve("classes") + " and run again, it is rebuilt", e);
        }
    }

    @Override
    public void close() {
        if (compiled != null) {
            compiled.close();
        }
    }
}
