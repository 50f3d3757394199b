package dev.autogen.invariants;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntitySource;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.VersionTable;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.CompiledSource;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.scenarios.Scenario;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the invariant tests do to a scenario: read entities, generate, compile, run and inspect. */
final class ScenarioHarness {

    static final Dialect DIALECT = new PostgresDialect();
    static final String PACKAGE = "dev.autogen.generated";
    static final VersionTable VERSION_TABLE = new VersionTable("autogen_version", DIALECT);

    private ScenarioHarness() {
    }

    static Path testClasses() {
        try {
            return Path.of(Scenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hibernate's export creates the schemas its tables use, as autogen's migrations do. A version
     * package may hold a {@code scenario.properties} of Hibernate settings for it (as
     * {@code autogen.toml}'s {@code [hibernate]} and {@code [entities]} keys would set them).
     */
    static EntitySource source(String entityPackage) {
        Map<String, String> settings = new java.util.TreeMap<>();
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        Path file = testClasses().resolve(entityPackage.replace('.', '/')).resolve("scenario.properties");
        if (Files.exists(file)) {
            java.util.Properties properties = new java.util.Properties();
            try (var in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
        }
        return new EntitySource(List.of(testClasses()), List.of(entityPackage), settings);
    }

    /**
     * What one reading of a version's entities gives: the schema they want, Hibernate's own export
     * of them and the mapped classes; an empty package wants an empty schema and exports nothing.
     */
    record Mapping(Schema schema, List<String> hibernateCreateDdl, List<String> classNames) {
    }

    /** One reading of each version per test JVM: the suites over every scenario share it. */
    private static final Map<String, Mapping> MAPPINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The reading of a version's entities, made once per JVM ({@link #desiredAfresh} reads again). */
    static Mapping mapping(String entityPackage) {
        return MAPPINGS.computeIfAbsent(entityPackage, ScenarioHarness::read);
    }

    private static Mapping read(String entityPackage) {
        try (EntityModel model = EntityModel.load(source(entityPackage), DIALECT)) {
            return new Mapping(model.schema(), List.copyOf(model.hibernateCreateDdl()), model.classNames());
        } catch (AutogenException e) {
            if (e.getMessage().startsWith("no @Entity classes")) {
                return new Mapping(Schema.empty(), List.of(), List.of());
            }
            throw e;
        }
    }

    /** The schema a version's entities want; an empty package wants an empty schema. */
    static Schema desired(String entityPackage) {
        return mapping(entityPackage).schema();
    }

    /** As {@link #desired}, from a new reading of the entities (a later run of autogen reads them again). */
    static Schema desiredAfresh(String entityPackage) {
        try (EntityModel model = EntityModel.load(source(entityPackage), DIALECT)) {
            return model.schema();
        } catch (AutogenException e) {
            if (e.getMessage().startsWith("no @Entity classes")) {
                return Schema.empty();
            }
            throw e;
        }
    }

    /** Creates a version's tables the way Hibernate's own schema export does. */
    static void hibernateExport(String entityPackage, TestDatabase db) throws SQLException {
        List<String> ddl = mapping(entityPackage).hibernateCreateDdl();
        if (!ddl.isEmpty()) {
            db.execute(ddl.toArray(String[]::new));
        }
    }

    /** Everything in the database but autogen's version table: test databases hold nothing else. */
    static Schema introspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return DIALECT.introspect(c, new IntrospectionFilter(java.util.Set.of(IntrospectionFilter.ALL_SCHEMAS),
                    java.util.Set.of(VERSION_TABLE.name())));
        }
    }

    /** The desired schema as the database spells it (check expressions), as the workflow compares it. */
    static Schema canonical(TestDatabase db, Schema desired) throws SQLException {
        try (Connection c = db.connect()) {
            return DIALECT.canonicalize(c, desired);
        }
    }

    static String source(String className, String revision, List<String> parents, String message,
                         List<Operation> upgrade) {
        MigrationSpec spec = new MigrationSpec(PACKAGE, className, revision, parents, message,
                Instant.parse("2026-11-22T22:40:00Z"), upgrade, SchemaDiff.inverse(upgrade));
        return MigrationWriter.write(spec);
    }

    static RevisionGraph compile(Path sources, Path cache, List<CompiledMigrations> open) {
        CompiledMigrations compiled = new MigrationCompiler(cache, List.of(testClasses()))
                .compile(sources, ScenarioHarness.class.getClassLoader());
        open.add(compiled);
        List<MigrationScript> scripts = new ArrayList<>();
        for (CompiledSource s : compiled.sources()) {
            try {
                scripts.add(MigrationScript.of(compiled.classLoader().loadClass(s.className()), s.checksum(),
                        s.path().getFileName().toString()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return RevisionGraph.of(scripts);
    }

    static void run(TestDatabase db, RevisionGraph graph, boolean up, String target) throws SQLException {
        try (Connection c = db.connect()) {
            Runner runner = new Runner(c, DIALECT, graph, VERSION_TABLE, RunListener.SILENT);
            runner.apply(up ? runner.planner().upgrade(target) : runner.planner().downgrade(target));
        }
    }

    static void write(Path dir, String className, String source) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(className + ".java"), source);
    }

    static long versionRows(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM autogen_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
