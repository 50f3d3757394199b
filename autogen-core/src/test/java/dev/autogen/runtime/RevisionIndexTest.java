package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision index gives the graph the class scan gives, without loading a class, and is never
 * trusted when it is missing, damaged or no longer matches the class files: the scan runs instead.
 */
class RevisionIndexTest {

    private static final String PACKAGE = "com.acme.indexed";

    @TempDir
    Path work;

    private Path classes;

    @BeforeEach
    void compileMigrations() throws Exception {
        classes = work.resolve("classes");
        // a chain folded by a squash, a branch and its merge, a non-transactional migration, a helper
        // class, a migration in a subpackage and one with a nested class; messages with tabs, commas, %
        compile(Map.of(
                "R1", migration("R1", "r1", "", "first,\\tone 100%\\nand more", ""),
                "R2", migration("R2", "r2", "r1", "second", ""),
                "SQ", migration("SQ", "sq", "", "squash of r1 and r2", "replaces = {\"r1\", \"r2\"},"),
                "R3", migration("R3", "r3", "r2", "third", ""),
                "B1", migration("B1", "b1", "r3", "branch one", ""),
                "B2", migration("B2", "b2", "r3", "branch two", "transactional = false,"),
                "MG", migration("MG", "mg", "b1\", \"b2", "merge", ""),
                "Helper", "package " + PACKAGE + ";\nfinal class Helper { static final String X = \"x\"; }\n",
                "sub/Deep", migration("Deep", "deep", "mg", "in a subpackage", "").replace(
                        "package " + PACKAGE + ";", "package " + PACKAGE + ".sub;")
                        .replace("public final class Deep implements Migration {",
                                "public final class Deep implements Migration {\n    static final class Inner { }")));
        RevisionIndex.write(classes, PACKAGE);
    }

    @Test
    void theIndexGivesTheScansGraphWithoutLoadingAClass() throws Exception {
        try (CountingLoader loader = new CountingLoader(classes)) {
            List<MigrationScript> indexed = IndexedPackage.scripts(loader, PACKAGE).orElseThrow();
            assertThat(loader.loaded).isEmpty();
            List<MigrationScript> scanned = ClasspathMigrations.scan(loader, PACKAGE);

            assertThat(indexed).isEqualTo(scanned).hasSize(8);
            assertSameGraph(RevisionGraph.of(indexed), RevisionGraph.of(scanned));
            assertThat(RevisionGraph.of(indexed).get("sq").replaces()).containsExactly("r1", "r2");
            assertThat(RevisionGraph.of(indexed).get("b2").transactional()).isFalse();
            assertThat(RevisionGraph.of(indexed).get("r1").message()).isEqualTo("first,\tone 100%\nand more");
            assertThat(RevisionGraph.of(indexed).get("mg").parents()).containsExactly("b1", "b2");
        }
        try (CountingLoader loader = new CountingLoader(classes)) {
            MigrationScript merge = ClasspathMigrations.load(loader, PACKAGE).stream()
                    .filter(s -> s.revision().equals("mg")).findFirst().orElseThrow();
            assertThat(loader.loaded).isEmpty();
            assertThat(merge.instantiate()).isInstanceOf(Migration.class);
            assertThat(loader.loaded).containsExactly(PACKAGE + ".MG");
        }
    }

    @Test
    void theIndexInAJarGivesTheSameGraph() throws Exception {
        Path jar = jar(classes, work.resolve("app.jar"), Map.of());
        try (CountingLoader fromDirectory = new CountingLoader(classes); CountingLoader fromJar = new CountingLoader(jar)) {
            List<MigrationScript> indexed = IndexedPackage.scripts(fromJar, PACKAGE).orElseThrow();
            assertThat(indexed).isEqualTo(ClasspathMigrations.scan(fromDirectory, PACKAGE));
            assertThat(fromJar.loaded).isEmpty();
        }
    }

    @Test
    void aMigrationRebuiltSinceTheIndexIsReadByScanning() throws Exception {
        compile(Map.of("R3", migration("R3", "r3", "r1", "third, now after r1", "")));   // same name, new bytes
        try (CountingLoader loader = new CountingLoader(classes)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isEmpty();
            List<MigrationScript> loaded = ClasspathMigrations.load(loader, PACKAGE);
            assertThat(loaded).isEqualTo(ClasspathMigrations.scan(loader, PACKAGE));
            assertThat(loaded).filteredOn(s -> s.revision().equals("r3")).singleElement()
                    .satisfies(s -> assertThat(s.message()).isEqualTo("third, now after r1"));
        }
    }

    @Test
    void aClassAddedOrRemovedSinceTheIndexIsReadByScanning() throws Exception {
        compile(Map.of("R4", migration("R4", "r4", "mg", "added after the index", "")));
        try (CountingLoader loader = new CountingLoader(classes)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isEmpty();
            assertThat(ClasspathMigrations.load(loader, PACKAGE)).extracting(MigrationScript::revision).contains("r4");
        }
        Files.delete(classes.resolve("com/acme/indexed/R4.class"));
        try (CountingLoader loader = new CountingLoader(classes)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isPresent();
        }
        Files.delete(classes.resolve("com/acme/indexed/Helper.class"));
        try (CountingLoader loader = new CountingLoader(classes)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isEmpty();
        }
    }

    @Test
    void aMissingOrDamagedIndexIsReadByScanning() throws Exception {
        Path index = classes.resolve(RevisionIndex.resourceName(PACKAGE));
        String text = Files.readString(index);
        for (String damaged : List.of(text.substring(0, text.length() / 2), "garbage\n", "",
                text.replace("\nfile\t", "\nfile\tx\t"), text.replaceFirst("\ttrue\t", "\tmaybe\t"))) {
            Files.writeString(index, damaged);
            try (CountingLoader loader = new CountingLoader(classes)) {
                assertThat(ClasspathMigrations.load(loader, PACKAGE)).isEqualTo(ClasspathMigrations.scan(loader, PACKAGE));
            }
        }
        Files.delete(index);
        try (CountingLoader loader = new CountingLoader(classes)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isEmpty();
            assertThat(ClasspathMigrations.load(loader, PACKAGE)).hasSize(8);
        }
    }

    @Test
    void aJarWhoseClassChangedSinceTheIndexIsReadByScanning() throws Exception {
        byte[] other = Files.readAllBytes(classes.resolve("com/acme/indexed/R2.class"));
        Path jar = jar(classes, work.resolve("app.jar"), Map.of("com/acme/indexed/R3.class", other));
        try (CountingLoader loader = new CountingLoader(jar)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isEmpty();
        }
    }

    @Test
    void aPackageSplitOverTwoRootsIsReadByScanning() throws Exception {
        Path second = work.resolve("second");
        Files.createDirectories(second.resolve("com/acme/indexed"));
        Files.copy(classes.resolve("com/acme/indexed/Helper.class"), second.resolve("com/acme/indexed/Helper.class"));
        try (CountingLoader loader = new CountingLoader(classes, second)) {
            assertThat(IndexedPackage.scripts(loader, PACKAGE)).isEmpty();
        }
    }

    @Test
    void aClassThatDisagreesWithAnIndexMatchingItsFilesFailsWhenUsedRatherThanRuns() throws Exception {
        Path index = classes.resolve(RevisionIndex.resourceName(PACKAGE));
        Files.writeString(index, Files.readString(index).replace("\tr3\tr2\tthird\t", "\tr3\tr1\tthird\t"));
        try (CountingLoader loader = new CountingLoader(classes)) {
            MigrationScript r3 = RevisionGraph.of(ClasspathMigrations.load(loader, PACKAGE)).get("r3");
            assertThat(r3.parents()).containsExactly("sq");   // r1, as the index says, replaced by the squash
            assertThatThrownBy(r3::instantiate).isInstanceOf(AutogenException.class)
                    .hasMessageContaining("carries another @Revision").hasMessageContaining("the index is out of date");
        }
    }

    private static void assertSameGraph(RevisionGraph a, RevisionGraph b) {
        assertThat(a.ordered()).isEqualTo(b.ordered());
        assertThat(a.heads()).isEqualTo(b.heads()).containsExactly("deep");
        assertThat(a.roots()).isEqualTo(b.roots());
        assertThat(a.descendantsOf(List.of("sq"))).isEqualTo(b.descendantsOf(List.of("sq")));
    }

    /** Compiles sources (by class name under the package, e.g. {@code sub/Deep}) into {@link #classes}. */
    private void compile(Map<String, String> sources) throws Exception {
        Path src = work.resolve("src/" + PACKAGE.replace('.', '/'));
        List<String> args = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + classes));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, messages, messages, args.toArray(String[]::new));
        assertThat(exit).as(messages.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String migration(String name, String id, String parents, String message, String extra) {
        return """
                package %s;

                import dev.autogen.api.*;

                @Revision(id = "%s", parents = {%s}, message = "%s", %s created = "2026-12-03T00:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Op op) {
                    }

                    @Override
                    public void downgrade(Op op) {
                    }
                }
                """.formatted(PACKAGE, id, parents.isEmpty() ? "" : "\"" + parents + "\"", message, extra, name);
    }

    /** The classes directory as a jar, with directory entries as build tools write them; {@code replaced}: other bytes. */
    private static Path jar(Path classes, Path jar, Map<String, byte[]> replaced) throws Exception {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.sorted().toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new JarEntry(name + "/"));
                } else {
                    zip.putNextEntry(new JarEntry(name));
                    zip.write(replaced.getOrDefault(name, Files.readAllBytes(path)));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** A class loader over some roots that notes which classes of the package it defines. */
    private static final class CountingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        CountingLoader(Path... roots) throws Exception {
            super(urls(roots), RevisionIndexTest.class.getClassLoader());
        }

        private static URL[] urls(Path... roots) throws Exception {
            URL[] urls = new URL[roots.length];
            for (int i = 0; i < roots.length; i++) {
                urls[i] = roots[i].toUri().toURL();
            }
            return urls;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> type = super.findClass(name);
            if (name.startsWith(PACKAGE)) {
                loaded.add(name);
            }
            return type;
        }
    }
}
