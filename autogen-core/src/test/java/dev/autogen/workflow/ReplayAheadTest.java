package dev.autogen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.runtime.RunListener;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -m} with its proof on a live database ({@link Autogenerate#proving()}): the proof's
 * throwaway server at head is started while the comparison runs, not after it; the migration
 * written is byte for byte the one written without that, a failure of the replay is the error it
 * was, and no server is left running, also when nothing needed proving.
 */
class ReplayAheadTest {

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
                    op.createTable("note", column("id", "bigint").notNull(),
                            column("body", "character varying(255)"), %s primaryKey(null, "id"));
                    %s
                }

                @Override
                public void downgrade(Op op) {
                    op.dropTable("note");
                }
            }
            """;

    private static final NewMigration ADD_TITLE = new NewMigration("bbbbbbbbbbbb", List.of("aaaaaaaaaaaa"),
            Instant.parse("2026-12-03T19:30:00Z"), "add title");

    @TempDir
    Path dir;

    private Set<Path> runDirectoriesBefore;

    @BeforeEach
    void noteTheServersRunning() throws IOException {
        TestDatabases.embedded();
        runDirectoriesBefore = runDirectories();
    }

    @AfterEach
    void nothingIsLeftRunning() throws IOException {
        assertThat(runDirectories()).as("throwaway servers still running").isEqualTo(runDirectoriesBefore);
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
                .extracting(Thread::getName).doesNotContain("autogen-proof-server");
    }

    @Test
    void theProofsServerIsStartedDuringTheComparisonAndTheMigrationIsTheSame() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            String proven;
            String ahead;
            try (Project project = project(db, MIGRATION.formatted("", ""))) {
                upgradeHead(project);
                try (Autogenerate autogenerate = new Autogenerate(project)) {
                    Autogenerate.Comparison comparison = autogenerate.compare();
                    assertThat(autogenerate.replayedFrom()).isEmpty();
                    proven = Files.readString(autogenerate.write(comparison, ADD_TITLE, true));
                }
            }
            Files.delete(dir.resolve("migrations").resolve(ADD_TITLE.className() + ".java"));
            try (Project project = project(db, MIGRATION.formatted("", ""));
                 Autogenerate autogenerate = new Autogenerate(project).proving()) {
                Autogenerate.Comparison comparison = autogenerate.compare();
                assertThat(comparison.operations()).hasSize(1);
                assertThat(autogenerate.replayedFrom()).as("started with the comparison").isPresent();
                ahead = Files.readString(autogenerate.write(comparison, ADD_TITLE, true));
            }

            assertThat(ahead).isEqualTo(proven).contains("title");
        }
    }

    @Test
    void inSyncTheServerStartedAheadIsStopped() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            try (Project project = project(db, MIGRATION.formatted(
                    "column(\"title\", \"character varying(255)\").notNull(),", ""));
                 Autogenerate autogenerate = new Autogenerate(project).proving()) {
                upgradeHead(project);
                assertThat(autogenerate.compare().inSync()).isTrue();
            }
        }
    }

    @Test
    void aMigrationThatFailsOnTheThrowawayServerIsTheErrorOfTheProofAsBefore() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute("CREATE TABLE only_live (id int)");
            String migration = MIGRATION.formatted("", "op.execute(\"SELECT * FROM only_live\");");
            String before;
            try (Project project = project(db, migration)) {
                upgradeHead(project);
                before = failure(project, false);
            }
            try (Project project = project(db, migration)) {
                assertThat(failure(project, true)).isEqualTo(before).contains("only_live");
            }
        }
    }

    private static String failure(Project project, boolean ahead) {
        AutogenException e = catchThrowableOfType(() -> {
            try (Autogenerate autogenerate = ahead ? new Autogenerate(project).proving() : new Autogenerate(project)) {
                autogenerate.write(autogenerate.compare(), ADD_TITLE, true);
            }
        }, AutogenException.class);
        assertThat(e).as("an AutogenException").isNotNull();
        return e.getMessage();
    }

    private static void upgradeHead(Project project) {
        try (DatabaseSession session = project.openDatabase()) {
            project.runner(session, RunListener.SILENT).run(planner -> planner.upgrade("head"));
        }
    }

    private static Set<Path> runDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new TreeSet<>(files.filter(f -> f.getFileName().toString().startsWith("autogen-pg-run-")).toList());
        }
    }

    private Project project(TestDatabase db, String migration) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/acme/model"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path note = Files.writeString(src.resolve("Note.java"), NOTE);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), "-proc:none", note.toString());
        assertThat(status).isZero();
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("M1_note.java"), migration);
        Path toml = Files.writeString(dir.resolve("autogen.toml"), "[database]\nurl = \"" + db.urlWithCredentials()
                + "\"\n\n[entities]\npackages = [\"com.acme.model\"]\nclasspath = [\"classes\"]\n\n[migrations]\n"
                + "directory = \"migrations\"\npackage = \"com.acme.migrations\"\n");
        return new Project(AutogenConfig.load(toml, Map.of()), Optional.empty());
    }
}
