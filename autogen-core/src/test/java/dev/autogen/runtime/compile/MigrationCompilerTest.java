package dev.autogen.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.api.Migration;
import dev.autogen.runtime.RevisionInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCompilerTest {

    private static final ClassLoader PARENT = Migration.class.getClassLoader();

    @TempDir
    Path work;

    private Path sources;
    private Path cache;

    @BeforeEach
    void directories() throws Exception {
        sources = work.resolve("migrations");
        cache = work.resolve("cache");
        Files.createDirectories(sources);
    }

    @Test
    void compilesLoadsAndNamesEachSource() throws Exception {
        write("M1.java", migration("M1", "first"));
        write("M2.java", migration("M2", "second"));

        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            assertThat(compiled.sources()).extracting(CompiledSource::className)
                    .containsExactly("com.acme.migrations.M1", "com.acme.migrations.M2");
            assertThat(compiled.sources().get(0).path()).isEqualTo(sources.resolve("M1.java"));
            assertThat(compiled.sources().get(0).checksum())
                    .isEqualTo(SourceChecksum.of(migration("M1", "first").getBytes(StandardCharsets.UTF_8)))
                    .matches("[0-9a-f]{64}");
            assertThat(compiled.recompiled()).hasSize(2);
            Class<?> m1 = compiled.classLoader().loadClass("com.acme.migrations.M1");
            assertThat(Migration.class.isAssignableFrom(m1)).isTrue();
            assertThat(m1.getMethod("message").invoke(m1.getConstructor().newInstance())).isEqualTo("first");
        }
    }

    @Test
    void warmCacheCompilesNothing() throws Exception {
        write("M1.java", migration("M1", "first"));
        compiler().compile(sources, PARENT).close();
        Path classFile = cache.resolve("classes/com/acme/migrations/M1.class");
        FileTime before = Files.getLastModifiedTime(classFile);

        try (CompiledMigrations again = compiler().compile(sources, PARENT)) {
            assertThat(again.recompiled()).isEmpty();
            assertThat(again.sources()).extracting(CompiledSource::className).containsExactly("com.acme.migrations.M1");
            assertThat(again.classLoader().loadClass("com.acme.migrations.M1")).isNotNull();
        }
        assertThat(Files.getLastModifiedTime(classFile)).isEqualTo(before);
    }

    @Test
    void aTruncatedOrGarbledCachedClassIsCompiledAgainSilently() throws Exception {
        write("M1.java", migration("M1", "first"));
        write("M2.java", migration("M2", "second"));
        compiler().compile(sources, PARENT).close();
        Path m1 = cache.resolve("classes/com/acme/migrations/M1.class");
        Path m2 = cache.resolve("classes/com/acme/migrations/M2.class");
        byte[] whole = Files.readAllBytes(m1);
        Files.write(m1, java.util.Arrays.copyOf(whole, 100));   // a run killed while the cache was written
        Files.writeString(m2, "garbage");

        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            assertThat(compiled.recompiled()).containsExactly(sources.resolve("M1.java"), sources.resolve("M2.java"));
            Class<?> loaded = compiled.classLoader().loadClass("com.acme.migrations.M1");
            assertThat(loaded.getMethod("message").invoke(loaded.getConstructor().newInstance())).isEqualTo("first");
            assertThat(compiled.classLoader().loadClass("com.acme.migrations.M2")).isNotNull();
        }
        assertThat(Files.readAllBytes(m1)).isEqualTo(whole);
    }

    @Test
    void aTruncatedOrUnreadableManifestRebuildsTheCache() throws Exception {
        write("M1.java", migration("M1", "first"));
        // old enough for its stamp to be kept on every run, however slow the machine
        Files.setLastModifiedTime(sources.resolve("M1.java"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        compiler().compile(sources, PARENT).close();
        Path manifest = cache.resolve("manifest.tsv");
        String text = Files.readString(manifest);

        for (byte[] broken : List.of(text.substring(0, text.length() - 20).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}, new byte[0])) {
            Files.write(manifest, broken);
            try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
                assertThat(compiled.recompiled()).containsExactly(sources.resolve("M1.java"));
                assertThat(compiled.classLoader().loadClass("com.acme.migrations.M1")).isNotNull();
            }
            assertThat(Files.readString(manifest)).isEqualTo(text);
        }
    }

    @Test
    void onlyAnEditedSourceIsCompiledAgain() throws Exception {
        write("M1.java", migration("M1", "first"));
        write("M2.java", migration("M2", "second"));
        compiler().compile(sources, PARENT).close();

        write("M2.java", migration("M2", "second, edited"));
        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            assertThat(compiled.recompiled()).containsExactly(sources.resolve("M2.java"));
            Class<?> m2 = compiled.classLoader().loadClass("com.acme.migrations.M2");
            assertThat(m2.getMethod("message").invoke(m2.getConstructor().newInstance())).isEqualTo("second, edited");
        }
    }

    @Test
    void aChangedJarOnTheClasspathCompilesEverythingAgain() throws Exception {
        Path jar = work.resolve("lib.jar");
        Files.write(jar, emptyJar());
        write("M1.java", migration("M1", "first"));
        new MigrationCompiler(cache, List.of(jar)).compile(sources, PARENT).close();

        Files.write(jar, emptyJar());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        try (CompiledMigrations compiled = new MigrationCompiler(cache, List.of(jar)).compile(sources, PARENT)) {
            assertThat(compiled.recompiled()).containsExactly(sources.resolve("M1.java"));
        }
    }

    @Test
    void aChangedClassNoMigrationRefersToCompilesNothing() throws Exception {
        Path model = work.resolve("model");
        compileInto(model, "Status", "public enum Status { OPEN }");
        compileInto(model, "Unused", "public class Unused { }");
        write("M1.java", migration("M1", "first").replace("return \"first\";", "return com.acme.model.Status.OPEN.name();"));
        write("M2.java", migration("M2", "second"));
        new MigrationCompiler(cache, List.of(model)).compile(sources, PARENT).close();

        compileInto(model, "Unused", "public class Unused { int changed; }");
        Files.writeString(model.resolve("notes.txt"), "not a class");
        try (CompiledMigrations compiled = new MigrationCompiler(cache, List.of(model)).compile(sources, PARENT)) {
            assertThat(compiled.recompiled()).isEmpty();
        }
    }

    @Test
    void aChangedClassAMigrationRefersToCompilesEverythingAgain() throws Exception {
        Path model = work.resolve("model");
        compileInto(model, "Status", "public enum Status { OPEN }");
        write("M1.java", migration("M1", "first").replace("return \"first\";", "return com.acme.model.Status.OPEN.name();"));
        write("M2.java", migration("M2", "second"));
        new MigrationCompiler(cache, List.of(model)).compile(sources, PARENT).close();

        compileInto(model, "Status", "public enum Status { CLOSED, OPEN }");
        try (CompiledMigrations compiled = new MigrationCompiler(cache, List.of(model)).compile(sources, PARENT)) {
            assertThat(compiled.recompiled()).containsExactly(sources.resolve("M1.java"), sources.resolve("M2.java"));
        }
    }

    @Test
    void aClassAddedToAPackageAMigrationImportsCompilesEverythingAgain() throws Exception {
        Path model = work.resolve("model");
        compileInto(model, "Status", "public enum Status { OPEN }");
        write("M1.java", migration("M1", "first").replace("import dev.autogen.api.*;",
                "import dev.autogen.api.*;\nimport com.acme.model.*;"));
        new MigrationCompiler(cache, List.of(model)).compile(sources, PARENT).close();

        compileInto(model, "Op", "public class Op { }");   // now `Op` in M1 is ambiguous
        assertThatThrownBy(() -> new MigrationCompiler(cache, List.of(model)).compile(sources, PARENT))
                .isInstanceOf(MigrationCompileException.class).hasMessageContaining("reference to Op is ambiguous");
    }

    @Test
    void theRevisionOfEachMigrationIsReadAtCompileTimeAndKeptInTheCache() throws Exception {
        write("R1.java", """
                package com.acme.migrations;

                import dev.autogen.api.*;

                @Revision(id = R1.ID, parents = {"a", "b"}, message = "tab\\there, 100%", replaces = "c",
                        transactional = false, created = "2026-12-03T00:00:00Z")
                public final class R1 implements Migration {
                    static final String ID = "r" + 1;
                    @Override
                    public void upgrade(Op op) {
                    }

                    @Override
                    public void downgrade(Op op) {
                    }
                }
                """);
        write("M1.java", migration("M1", "no @Revision"));
        RevisionInfo expected;
        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            Class<?> r1 = compiled.classLoader().loadClass("com.acme.migrations.R1");
            expected = RevisionInfo.of(r1.getAnnotation(dev.autogen.api.Revision.class));
            assertThat(expected.id()).isEqualTo("r1");
            assertThat(compiled.sources()).extracting(CompiledSource::revision).containsExactly(null, expected);
        }
        try (CompiledMigrations warm = compiler().compile(sources, PARENT)) {
            assertThat(warm.recompiled()).isEmpty();
            assertThat(warm.sources()).extracting(CompiledSource::revision).containsExactly(null, expected);
        }
    }

    @Test
    void aSourceWhoseStampIsUnchangedIsNotReadAgain() throws Exception {
        write("M1.java", migration("M1", "first"));
        Files.setLastModifiedTime(sources.resolve("M1.java"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String checksum;
        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            checksum = compiled.sources().get(0).checksum();
        }
        Path manifest = cache.resolve("manifest.tsv");
        Files.writeString(manifest, Files.readString(manifest).replace(checksum, "f".repeat(64)));
        try (CompiledMigrations warm = compiler().compile(sources, PARENT)) {
            // the recorded checksum is trusted while the file keeps its size and time: the text was not read
            assertThat(warm.sources().get(0).checksum()).isEqualTo("f".repeat(64));
            assertThat(warm.recompiled()).isEmpty();
        }
        Files.setLastModifiedTime(sources.resolve("M1.java"), FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        try (CompiledMigrations touched = compiler().compile(sources, PARENT)) {
            assertThat(touched.sources().get(0).checksum()).isEqualTo(checksum);
        }
    }

    @Test
    void removedSourceLeavesNoClassBehind() throws Exception {
        write("M1.java", migration("M1", "first"));
        write("M2.java", migration("M2", "second"));
        compiler().compile(sources, PARENT).close();

        Files.delete(sources.resolve("M2.java"));
        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            assertThat(compiled.sources()).extracting(CompiledSource::className).containsExactly("com.acme.migrations.M1");
            assertThat(compiled.recompiled()).isEmpty();
        }
        assertThat(cache.resolve("classes/com/acme/migrations/M2.class")).doesNotExist();
    }

    @Test
    void brokenSourceReportsJavacsFirstErrorOnOneLineAndWritesNoClass() throws Exception {
        write("M1.java", migration("M1", "first"));
        write("M2.java", migration("M2", "second").replace("return \"second\";", "return \"second\""));

        assertThatThrownBy(() -> compiler().compile(sources, PARENT))
                .isInstanceOf(MigrationCompileException.class)
                .hasMessage(sources.resolve("M2.java") + ":15: error: ';' expected");
        assertThat(classFiles()).isEmpty();
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith("compiling-"));
        }
    }

    @Test
    void errorPathIsThePathAsGiven() throws Exception {
        write("M1.java", migration("M1", "first").replace("implements Migration", "implements Migraton"));
        Path relative = Path.of("").toAbsolutePath().relativize(sources);

        assertThatThrownBy(() -> compiler().compile(relative, PARENT))
                .hasMessageStartingWith(relative.resolve("M1.java") + ":5: error: cannot find symbol")
                .hasMessageNotContaining("\n");
    }

    @Test
    void sourceThatBreaksAfterCompilingKeepsTheCacheAsItWas() throws Exception {
        write("M1.java", migration("M1", "first"));
        compiler().compile(sources, PARENT).close();

        write("M1.java", "package com.acme.migrations; class M1 {");
        assertThatThrownBy(() -> compiler().compile(sources, PARENT)).isInstanceOf(MigrationCompileException.class);

        write("M1.java", migration("M1", "first"));
        try (CompiledMigrations compiled = compiler().compile(sources, PARENT)) {
            assertThat(compiled.recompiled()).isEmpty();
        }
    }

    @Test
    void twoSourcesDeclaringOneClassIsAnError() throws Exception {
        write("M1.java", migration("M1", "first"));
        compiler().compile(sources, PARENT).close();

        write("Copy.java", migration("M1", "copy").replace("public final class", "final class"));
        assertThatThrownBy(() -> compiler().compile(sources, PARENT))
                .isInstanceOf(MigrationCompileException.class)
                .hasMessage(sources.resolve("Copy.java") + ": error: duplicate class com.acme.migrations.M1, also declared in "
                        + sources.resolve("M1.java"));
    }

    @Test
    void crlfAndLfSourcesHaveTheSameChecksum() {
        String lf = migration("M1", "first");
        String crlf = lf.replace("\n", "\r\n");

        assertThat(SourceChecksum.of(crlf.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(SourceChecksum.of(lf.getBytes(StandardCharsets.UTF_8)));
        assertThat(SourceChecksum.of("a\rb".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(SourceChecksum.of("ab".getBytes(StandardCharsets.UTF_8)));
        assertThat(SourceChecksum.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aRuntimeWithoutCompilerAsksForAJdk() throws Exception {
        write("M1.java", migration("M1", "first"));

        assertThatThrownBy(() -> new MigrationCompiler(cache, List.of(), null).compile(sources, PARENT))
                .isInstanceOf(MigrationCompileException.class)
                .hasMessageContaining("needs a JDK");
    }

    @Test
    void missingDirectorySaysWhatToDo() {
        assertThatThrownBy(() -> compiler().compile(work.resolve("nowhere"), PARENT))
                .isInstanceOf(MigrationCompileException.class)
                .hasMessageContaining("does not exist");
    }

    private MigrationCompiler compiler() {
        return new MigrationCompiler(cache, List.of());
    }

    /** Compiles {@code com.acme.model.NAME} with the given body into a classes directory. */
    private static void compileInto(Path classes, String name, String body) throws Exception {
        Path source = classes.getParent().resolve("model-src/com/acme/model/" + name + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package com.acme.model;\n" + body + "\n");
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int exit = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, messages, messages, "-d",
                classes.toString(), source.toString());
        assertThat(exit).as(messages.toString()).isZero();
    }

    private static byte[] emptyJar() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes)) {
            jar.putNextEntry(new java.util.jar.JarEntry("notes.txt"));
            jar.write(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(sources.resolve(name), text);
    }

    private List<Path> classFiles() throws Exception {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }

    /** A migration whose {@code message()} says which version of the source it was compiled from. */
    private static String migration(String className, String message) {
        return """
                package com.acme.migrations;

                import dev.autogen.api.*;

                public final class %s implements Migration {
                    @Override
                    public void upgrade(Op op) {
                    }

                    @Override
                    public void downgrade(Op op) {
                    }

                    public String message() {
                        return "%s";
                    }
                }
                """.formatted(className, message);
    }
}
