package dev.autogen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.entities.EntityModel;
import dev.autogen.runtime.RunListener;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Autogenerate#compare()} with the database side on a second thread ({@link DatabaseSide}):
 * the comparison is the one the steps give one after the other; each failure is the error the
 * steps one after the other would have stopped at, and leaves no server, no connection's thread
 * and no second thread behind.
 */
class DatabaseSideTest {

    private static final String NOTE = """
            package com.acme.model;

            @jakarta.persistence.Entity
            public class Note {
                @jakarta.persistence.Id
                private Long id;
                private String body;
                @jakarta.persistence.Column(nullable = false)
                private String title;
            }
            """;

    private static final String INVOICE = """
            package com.acme.model;

            @jakarta.persistence.Entity
            @jakarta.persistence.Table(schema = "billing")
            public class Invoice {
                @jakarta.persistence.Id
                private Long id;
                private java.math.BigDecimal total;
            }
            """;

    /** An entity Hibernate refuses: no identifier. */
    private static final String BROKEN = """
            package com.acme.model;

            @jakarta.persistence.Entity
            public class Broken {
                private Long id;
            }
            """;

    private static final String MIGRATION = """
            package com.acme.migrations;

            import static dev.autogen.api.Ddl.*;

            import dev.autogen.api.Migration;
            import dev.autogen.api.Op;
            import dev.autogen.api.Revision;

            @Revision(id = "aaaaaaaaaaaa", message = "note", created = "2026-12-01T00:00:00Z")
            public final class M1_note implements Migration {
                @Override
                public void upgrade(Op op) {
                    %s
                }

                @Override
                public void downgrade(Op op) {
                    op.dropTable("note");
                }
            }
            """;

    private static final String CREATE_NOTE = "op.createTable(\"note\", column(\"id\", \"bigint\").notNull(), "
            + "column(\"body\", \"character varying(255)\"), primaryKey(null, \"id\"));";

    private static final String UNREACHABLE = "postgresql://nobody:secret@127.0.0.1:1/nowhere";

    @TempDir
    Path dir;

    private Set<Path> runDirectoriesBefore;

    @BeforeEach
    void noteTheServersRunning() throws IOException {
        TestDatabases.embedded(); // the test kit's own server, started before the count
        runDirectoriesBefore = runDirectories();
    }

    @AfterEach
    void nothingIsLeftRunning() throws IOException {
        assertThat(runDirectories()).as("throwaway servers still running").isEqualTo(runDirectoriesBefore);
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
                .extracting(Thread::getName).noneMatch(name -> name.matches("autogen-.*-database"));
    }

    @Test
    void withNoDatabaseTheComparisonIsTheOneTheStepsGiveInTurn() throws IOException {
        try (Project project = project(null, List.of(NOTE), MIGRATION.formatted(CREATE_NOTE));
             Autogenerate autogenerate = new Autogenerate(project)) {
            Autogenerate.Comparison comparison = autogenerate.compare();

            assertThat(comparison.operations()).isNotEmpty(); // title is missing
            assertThat(comparison.current().tablesByName()).isNotEmpty();
            try (DatabaseSession throwaway = project.throwawayDatabase()) {
                project.runner(throwaway, RunListener.SILENT).run(planner -> planner.upgrade("head"));
                Schema desired = desired(project);
                Schema wanted = project.config().tableFilter().apply(project.canonicalize(throwaway, desired));
                Schema current = project.config().tableFilter().apply(project.canonicalize(throwaway,
                        project.introspectAll(throwaway)));
                assertThat(comparison.head()).isEqualTo("aaaaaaaaaaaa");
                assertThat(comparison.current()).isEqualTo(current);
                assertThat(comparison.desired()).isEqualTo(wanted);
                assertThat(comparison.operations()).isEqualTo(dev.autogen.diff.SchemaDiff.plan(current, wanted,
                        List.of(), project.diffOptions()).operations());
            }
        }
    }

    @Test
    void onALiveDatabaseTheComparisonIsTheOneTheStepsGiveInTurnAlsoInASchemaTheProjectDoesNotName()
            throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE SCHEMA billing", "CREATE TABLE billing.invoice (id bigint PRIMARY KEY)",
                    "CREATE TABLE note (id bigint PRIMARY KEY, body varchar(255))");
            try (Project project = project(db.urlWithCredentials(), List.of(NOTE, INVOICE));
                 Autogenerate autogenerate = new Autogenerate(project)) {
                Autogenerate.Comparison comparison = autogenerate.compare();

                try (DatabaseSession session = project.openDatabase()) {
                    Schema wanted = project.config().tableFilter().apply(project.canonicalize(session,
                            desired(project)));
                    Set<String> schemas = new TreeSet<>(wanted.namespaces());
                    Schema current = project.config().tableFilter().apply(project.canonicalize(session,
                            project.introspect(session, schemas)));
                    assertThat(current.tablesByName()).hasSize(2); // billing.invoice read too
                    assertThat(comparison.current()).isEqualTo(current);
                    assertThat(comparison.desired()).isEqualTo(wanted);
                    assertThat(comparison.operations()).hasSize(2).isEqualTo(dev.autogen.diff.SchemaDiff.plan(
                            current, wanted, List.of(), project.diffOptions()).operations());
                }
            }
        }
    }

    @Test
    void onALiveDatabaseTheSchemasReadAheadAreTheOnesTheEntitiesUse() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE SCHEMA billing", "CREATE TABLE billing.invoice (id bigint PRIMARY KEY)",
                    "CREATE TABLE note (id bigint PRIMARY KEY, body varchar(255))");
            try (Project project = project(db.urlWithCredentials(), List.of(NOTE));
                 Autogenerate autogenerate = new Autogenerate(project)) {
                Autogenerate.Comparison comparison = autogenerate.compare();

                try (DatabaseSession session = project.openDatabase()) {
                    Schema wanted = project.config().tableFilter().apply(project.canonicalize(session,
                            desired(project)));
                    Schema current = project.config().tableFilter().apply(project.canonicalize(session,
                            project.introspect(session, Set.of())));
                    assertThat(current.tablesByName()).hasSize(1); // billing is not the project's
                    assertThat(comparison.current()).isEqualTo(current);
                    assertThat(comparison.desired()).isEqualTo(wanted);
                    assertThat(comparison.operations()).hasSize(1).isEqualTo(dev.autogen.diff.SchemaDiff.plan(
                            current, wanted, List.of(), project.diffOptions()).operations());
                }
            }
        }
    }

    @Test
    void anEntityErrorIsTheErrorEvenWhileTheThrowawayServerStarts() throws IOException {
        try (Project project = project(null, List.of(NOTE, BROKEN), MIGRATION.formatted(CREATE_NOTE))) {
            String alone = failure(project::loadEntities);

            assertThat(failure(project)).isEqualTo(alone).contains("com.acme.model.Broken");
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsTheErrorWhenTheEntitiesLoad() throws IOException {
        try (Project project = project(UNREACHABLE, List.of(NOTE))) {
            String alone = failure(project::openDatabase);

            assertThat(failure(project)).isEqualTo(alone).startsWith("cannot reach the database at ");
        }
    }

    @Test
    void whenBothFailTheEntitiesErrorIsTheOneReported() throws IOException {
        try (Project project = project(UNREACHABLE, List.of(NOTE, BROKEN))) {
            String entities = failure(project::loadEntities);

            assertThat(failure(project)).isEqualTo(entities);
        }
    }

    @Test
    void aMigrationThatDoesNotCompileIsReportedBeforeTheEntitiesAndTheDatabase() throws IOException {
        try (Project project = project(UNREACHABLE, List.of(NOTE, BROKEN), MIGRATION.formatted("op.nothing();"))) {
            String migrations = failure(project::migrations);

            assertThat(failure(project)).isEqualTo(migrations).contains("M1_note");
        }
    }

    @Test
    void aMigrationThatFailsOnTheThrowawayServerIsTheErrorItsReplayGives() throws IOException {
        try (Project project = project(null, List.of(NOTE), MIGRATION.formatted("op.execute(\"SELECT * FROM nowhere\");"))) {
            String replay;
            try (DatabaseSession throwaway = project.throwawayDatabase()) {
                replay = failure(() -> project.runner(throwaway, RunListener.SILENT)
                        .run(planner -> planner.upgrade("head")));
            }

            assertThat(failure(project)).isEqualTo(replay).contains("nowhere");
        }
    }

    @Test
    void aLiveDatabaseBehindHeadIsRefusedAsBefore() throws IOException {
        try (TestDatabase db = TestDatabases.create();
             Project project = project(db.urlWithCredentials(), List.of(NOTE), MIGRATION.formatted(CREATE_NOTE))) {
            assertThat(failure(project)).isEqualTo("the database " + project.databaseUrl().orElseThrow()
                    + " is not at head (base, head is aaaaaaaaaaaa); run `autogen upgrade head` first");
        }
    }

    /** The one-line error of a whole comparison; the Autogenerate closed, as the front ends close it. */
    private static String failure(Project project) {
        return failure(() -> {
            try (Autogenerate autogenerate = new Autogenerate(project)) {
                autogenerate.compare();
            }
        });
    }

    private static String failure(Runnable step) {
        AutogenException e = catchThrowableOfType(step::run, AutogenException.class);
        assertThat(e).as("an AutogenException").isNotNull();
        return e.getMessage();
    }

    private static Schema desired(Project project) {
        try (EntityModel model = project.loadEntities()) {
            return model.schema();
        }
    }

    private static Set<Path> runDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new TreeSet<>(files.filter(f -> f.getFileName().toString().startsWith("autogen-pg-run-")).toList());
        }
    }

    /** A project in {@code dir}: its database ({@code url}; null: none), entities and migrations. */
    private Project project(String url, List<String> entities, String... migrations) throws IOException {
        Path classes = compile(entities);
        Path migrationsDirectory = Files.createDirectories(dir.resolve("migrations"));
        for (String migration : migrations) {
            Files.writeString(migrationsDirectory.resolve("M1_note.java"), migration);
        }
        String database = url == null ? "" : "[database]\nurl = \"" + url + "\"\n\n";
        Path toml = Files.writeString(dir.resolve("autogen.toml"), database + "[entities]\npackages = [\"com.acme.model\"]\n"
                + "classpath = [\"" + dir.relativize(classes) + "\"]\n\n[migrations]\ndirectory = \"migrations\"\n"
                + "package = \"com.acme.migrations\"\n");
        return new Project(AutogenConfig.load(toml, Map.of()), Optional.empty());
    }

    private Path compile(List<String> sources) throws IOException {
        Path src = dir.resolve("src/com/acme/model");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.createDirectories(src);
        List<Path> files = new ArrayList<>();
        for (String source : sources) {
            String name = source.substring(source.indexOf("public class ") + 13).split(" ")[0];
            files.add(Files.writeString(src.resolve(name + ".java"), source));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("-d", classes.toString(), "-cp",
                    System.getProperty("java.class.path"), "-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            assertThat(ok).as("fixture compiles: %s", diagnostics.getDiagnostics()).isTrue();
        }
        return classes;
    }
}
