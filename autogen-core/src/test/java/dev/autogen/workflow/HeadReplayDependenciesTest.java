package dev.autogen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.config.AutogenConfig;
import dev.autogen.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept replay is keyed on what the migrations depend on, not on the whole class path: an entity
 * class the migrations neither compile against nor load may change and the replay is kept; a class
 * they compile against, a class or a resource they load while running, changed, means a replay,
 * which gives what a run without any kept replay gives.
 */
class HeadReplayDependenciesTest {

    @TempDir
    Path dir;

    private Project project() {
        AutogenConfig config = new AutogenConfig(dir.resolve("autogen.toml"), Optional.empty(), List.of("x"),
                List.of(dir.resolve("classes")), dir.resolve("migrations"), "com.acme.migrations", "autogen_version",
                Map.of());
        return new Project(config, Optional.empty());
    }

    /** Compiles class {@code com.acme.model.NAME} with {@code body} into the project's class path. */
    private void projectClass(String name, String body) throws IOException {
        projectClass("com.acme.model", name, body);
    }

    private void projectClass(String packageName, String name, String body) throws IOException {
        Path src = Files.createDirectories(dir.resolve("model-src").resolve(packageName.replace('.', '/')));
        Path file = src.resolve(name + ".java");
        Files.writeString(file, "package " + packageName + ";\npublic class " + name + " {\n" + body + "\n}\n");
        Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", dir.resolve("classes").toString(), "-cp",
                dir.resolve("classes").toString(), file.toString());
        assertThat(status).isZero();
    }

    /**
     * M1: the note table, and a row whose body is {@code Seed.body()} (a class the migration compiles
     * against, which reads {@code Text.BODY} at run time) and the resource {@code seed.txt}.
     */
    private void migration() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("M1_note.java"), """
                package com.acme.migrations;

                import dev.autogen.api.Migration;
                import dev.autogen.api.Op;
                import dev.autogen.api.Revision;

                @Revision(id = "bbbbbbbbbbb1", message = "note", created = "2026-12-03T19:00:00Z")
                public final class M1_note implements Migration {
                    @Override
                    public void upgrade(Op op) throws Exception {
                        String resource;
                        try (var in = M1_note.class.getResourceAsStream("/seed.txt")) {
                            resource = in == null ? "none" : new String(in.readAllBytes()).strip();
                        }
                        op.execute("CREATE TABLE note (id bigint PRIMARY KEY, body text)", "DROP TABLE note");
                        op.execute("INSERT INTO note VALUES (1, '" + com.acme.model.Seed.body() + "/" + resource + "')",
                                "DELETE FROM note");
                    }

                    @Override
                    public void downgrade(Op op) {
                        op.execute("DROP TABLE note");
                    }
                }
                """);
    }

    private void inputs() throws IOException {
        projectClass("Text", "public static String body() { return \"first\"; }");
        projectClass("Seed", "public static String body() { return Text.body(); }");
        projectClass("Entity", "public int a;");
        projectClass("com.acme.entities", "Order", "public int a;");
        Files.writeString(dir.resolve("classes").resolve("seed.txt"), "one");
        migration();
    }

    private record Seen(String startedFrom, Schema schema, String body) {
    }

    private Seen start() {
        try (Project project = project()) {
            HeadReplay replay = HeadReplay.start(project);
            try {
                return new Seen(replay.startedFrom(), project.introspectAll(replay.session()), body(replay.session()));
            } finally {
                replay.close();
            }
        }
    }

    private static String body(DatabaseSession session) {
        try (Statement st = session.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT body FROM note")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a run gives with no kept replay at all: the replay directory deleted first. */
    private Seen cold() {
        deleteKept();
        Seen seen = start();
        assertThat(seen.startedFrom()).isEqualTo("a replay of 1 migration");
        return seen;
    }

    private void deleteKept() {
        Path replays = dir.resolve(".autogen").resolve("replay");
        if (Files.exists(replays)) {
            try (var paths = Files.walk(replays)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void entitiesTheMigrationsDoNotUseMayChangeOrBeAddedAndTheReplayIsKept() throws IOException {
        inputs();
        Seen first = start();
        projectClass("Entity", "public long a; public String b;"); // in the package of a class they use
        projectClass("com.acme.entities", "Order", "public long a; public String b;");
        projectClass("com.acme.entities", "Customer", "public int c;");

        Seen second = start();

        assertThat(first.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(first.body()).isEqualTo("first/one");
        assertThat(second.startedFrom()).isEqualTo("a kept replay of the same 1 migration");
        assertThat(second.schema()).isEqualTo(first.schema());
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void aClassTheMigrationsCompileAgainstChangedMeansAReplay() throws IOException {
        inputs();
        start();
        projectClass("Seed", "public static String body() { return Text.body() + \"!\"; }");

        Seen changed = start();

        assertThat(changed.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(changed.body()).isEqualTo("first!/one").isEqualTo(cold().body());
    }

    @Test
    void aClassTheMigrationsLoadOnlyWhileRunningChangedMeansAReplay() throws IOException {
        inputs();
        start();
        projectClass("Text", "public static String body() { return \"second\"; }");

        Seen changed = start();

        assertThat(changed.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(changed.body()).isEqualTo("second/one").isEqualTo(cold().body());
    }

    @Test
    void aResourceTheMigrationsReadChangedOrRemovedMeansAReplay() throws IOException {
        inputs();
        start();
        Files.writeString(dir.resolve("classes").resolve("seed.txt"), "two");

        Seen changed = start();
        Files.delete(dir.resolve("classes").resolve("seed.txt"));
        Seen removed = start();

        assertThat(changed.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(changed.body()).isEqualTo("first/two");
        assertThat(removed.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(removed.body()).isEqualTo("first/none").isEqualTo(cold().body());
    }

    @Test
    void aResourceTheMigrationsFoundMissingThatAppearsMeansAReplay() throws IOException {
        inputs();
        Files.delete(dir.resolve("classes").resolve("seed.txt"));
        assertThat(start().body()).isEqualTo("first/none");
        Files.writeString(dir.resolve("classes").resolve("seed.txt"), "three");

        Seen appeared = start();

        assertThat(appeared.startedFrom()).isEqualTo("a replay of 1 migration");
        assertThat(appeared.body()).isEqualTo("first/three");
    }

    @Test
    void aClassRecompiledWithTheSameBytesKeepsTheReplay() throws IOException {
        inputs();
        start();
        projectClass("Text", "public static String body() { return \"first\"; }"); // a new file, same bytes

        assertThat(start().startedFrom()).isEqualTo("a kept replay of the same 1 migration");
    }
}
