package dev.autogen.workflow;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.config.AutogenConfig;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations replayed to head, kept for the next run: a kept replay holds what a replay builds,
 * rows included; it is used only for the same migrations (or their first ones) in the same
 * environment, a damaged one is ignored, and a proof gives the same verdicts on it.
 */
class HeadReplayTest {

    @TempDir
    Path dir;

    private final Table note = Table.of(TableName.of("note"), List.of(column("id", "bigint").notNull(),
            column("body", "text"), primaryKey(null, "id")));
    private final Table tag = Table.of(TableName.of("tag"), List.of(column("id", "bigint").notNull(),
            primaryKey(null, "id")));

    private Project project() {
        AutogenConfig config = new AutogenConfig(dir.resolve("autogen.toml"), Optional.empty(), List.of("x"),
                List.of(dir.resolve("classes")), dir.resolve("migrations"), "com.acme.migrations", "autogen_version",
                Map.of());
        return new Project(config, Optional.empty());
    }

    private void migration(String className, String revision, List<String> parents, List<Operation> upgrade) {
        String source = MigrationWriter.write(new MigrationSpec("com.acme.migrations", className, revision, parents,
                className, Instant.parse("2026-11-22T22:40:00Z"), upgrade, SchemaDiff.inverse(upgrade)));
        try {
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("migrations").resolve(className + ".java"), source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** M1: the note table and a row in it (a replay's rows are part of what it builds). */
    private void m1() {
        migration("M1_note", "aaaaaaaaaaa1", List.of(), List.of(new CreateTable(note),
                new Execute("INSERT INTO note (id, body) VALUES (1, 'kept')", "DELETE FROM note")));
    }

    private void m2() {
        migration("M2_tag", "aaaaaaaaaaa2", List.of("aaaaaaaaaaa1"), List.of(new CreateTable(tag)));
    }

    /** What a start at head began from and the schema and rows it holds; the server is stopped (and kept). */
    private record Seen(String startedFrom, Schema schema, long notes) {
    }

    private Seen start() {
        return start(replay -> { });
    }

    private Seen start(Consumer<HeadReplay> during) {
        try (Project project = project()) {
            HeadReplay replay = HeadReplay.start(project);
            try {
                Seen seen = new Seen(replay.startedFrom(), project.introspectAll(replay.session()),
                        count(replay.session()));
                during.accept(replay);
                return seen;
            } finally {
                replay.close();
            }
        }
    }

    private static long count(DatabaseSession session) {
        try (Statement st = session.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM note")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> kept() throws IOException {
        Path replays = dir.resolve(".autogen").resolve("replay");
        if (!Files.isDirectory(replays)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(replays)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void aSecondStartIsTheKeptReplayAndHoldsWhatTheReplayBuiltRowsIncluded() throws IOException {
        m1();

        Seen first = start();
        Seen second = start();

        assertThat(first.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(kept()).hasSize(1);
        assertThat(second.startedFrom()).isEqualTo("a kept replay of the same 1 migration");
        assertThat(second.schema()).isEqualTo(first.schema());
        assertThat(second.notes()).isEqualTo(1);
        assertThat(kept()).hasSize(1);
    }

    @Test
    void aNewMigrationIsReplayedAloneOnTheKeptReplayOfTheOnesBefore() throws IOException {
        m1();
        Seen before = start();
        m2();

        Seen added = start();
        Seen again = start();

        assertThat(added.startedFrom()).isEqualTo("a kept replay of the first 1 of 2 migrations, 1 replayed");
        assertThat(added.schema().tablesByName()).containsKeys(TableName.of("note"), TableName.of("tag"));
        assertThat(added.notes()).isEqualTo(1);
        assertThat(again.startedFrom()).isEqualTo("a kept replay of the same 2 migrations");
        assertThat(again.schema()).isEqualTo(added.schema()).isNotEqualTo(before.schema());
    }

    @Test
    void aMigrationWhoseSourceChangedIsReplayedAgain() {
        m1();
        Seen first = start();
        migration("M1_note", "aaaaaaaaaaa1", List.of(), List.of(new CreateTable(note.withColumns(
                cols -> List.of(cols.get(0), column("body", "varchar(80)"))))));

        Seen changed = start();

        assertThat(changed.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(changed.notes()).isZero();
        assertThat(changed.schema()).isNotEqualTo(first.schema());
    }

    @Test
    void aDamagedKeptReplayIsIgnoredAndReplacedNeverAnError() throws IOException {
        m1();
        Seen first = start();
        Path entry = kept().get(0);
        Files.delete(entry.resolve("data").resolve("PG_VERSION"));

        Seen damaged = start();
        Seen after = start();

        assertThat(damaged.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(damaged.schema()).isEqualTo(first.schema());
        assertThat(after.startedFrom()).isEqualTo("a kept replay of the same 1 migration");
    }

    @Test
    void aKeptReplayWhoseTextWasTamperedWithIsNotUsed() throws IOException {
        m1();
        start();
        Path text = kept().get(0).resolve("entry");
        Files.writeString(text, Files.readString(text).replace("aaaaaaaaaaa1 ", "aaaaaaaaaaa9 "));

        assertThat(start().startedFrom()).isEqualTo("a replay of 1 migration");
    }

    @Test
    void aProofOnAKeptReplayGivesTheReplaysVerdictsAndLeavesTheKeptReplayAsTheMigrationsBuiltIt() {
        m1();
        Seen replayed = start();
        Schema desired = Schema.of(List.of(note, tag));
        List<Operation> createTag = List.of(new CreateTable(tag));
        Table tagWith = tag.withColumns(cols -> List.of(cols.get(0), column("name", "text")));
        List<String> sources = List.of(source(createTag, SchemaDiff.inverse(createTag)),
                source(createTag, SchemaDiff.inverse(createTag)),
                source(createTag, List.of(new Execute("SELECT 1", null))));
        List<Schema> wanted = List.of(desired, Schema.of(List.of(note, tagWith)), desired);

        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            Schema want = wanted.get(i);
            Optional<String> onReplay;
            try (Project project = project(); DatabaseSession session = project.throwawayDatabase()) {
                project.runner(session, dev.autogen.runtime.RunListener.SILENT).run(p -> p.upgrade("head"));
                onReplay = verdict(() -> new MigrationProof(project, session).prove("M2_tag", source, want));
            }
            Optional<String>[] onKept = new Optional[1];
            start(replay -> {
                assertThat(replay.startedFrom()).isEqualTo("a kept replay of the same 1 migration");
                try (Project project = project()) {
                    replay.changing();
                    onKept[0] = verdict(() -> new MigrationProof(project, replay.session()).prove("M2_tag", source,
                            want));
                }
            });

            assertThat(onKept[0]).isEqualTo(onReplay);
            assertThat(onReplay.isPresent()).isEqualTo(i > 0);
        }
        Seen after = start();

        assertThat(after.startedFrom()).isEqualTo("a kept replay of the same 1 migration");
        assertThat(after.schema()).isEqualTo(replayed.schema());
        assertThat(after.notes()).isEqualTo(1);
    }

    /** Empty when proven, else the message of the refusal. */
    private static Optional<String> verdict(Runnable proof) {
        try {
            proof.run();
            return Optional.empty();
        } catch (AutogenException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String source(List<Operation> upgrade, List<Operation> downgrade) {
        return MigrationWriter.write(new MigrationSpec("com.acme.migrations", "M2_tag", "aaaaaaaaaaa2",
                List.of("aaaaaaaaaaa1"), "tag", Instant.parse("2026-11-22T22:40:00Z"), upgrade, downgrade));
    }
}
