package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue of the classpath, generated files and {@code --json} output: corrupt jars
 * and class files are named with what to do, the compile cache recovers by itself, generated files
 * get the user's umask, and {@code --json} answers in JSON on errors too.
 */
class BadInputOutputTest extends CliTestBase {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INTERVIEW_CLASS = "target/classes/com/acme/model/Interview.class";

    /** One clean error, never a doubled prefix, and nothing written to the project. */
    private static void assertFailsCleanly(TestProject project, List<String> before, Result r, String... fragments) {
        assertOneCleanError(r);
        assertThat(r.err().toLowerCase(java.util.Locale.ROOT)).doesNotContain("error: error:");
        assertThat(r.errorLines().get(0)).contains(fragments);
        assertThat(project.files()).isEqualTo(before);
        assertThat(project.migrations()).isEmpty();
    }

    private TestProject projectWith(String classpathEntry) {
        TestProject project = TestProject.standard(dir, null);
        String config = project.read(project.configFile())
                .replace("classpath = [\"target/classes\"]", "classpath = [\"target/classes\", \"" + classpathEntry + "\"]");
        project.write("autogen.toml", config);
        return project;
    }

    // ------------------------------------------------------------------ jars

    @Test
    void aFileThatIsNotAJarIsNamedWithWhatToDo() throws Exception {
        TestProject project = projectWith("lib/model.jar");
        project.write("lib/model.jar", "<html>404 Not Found</html>\n");
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, project.resolve("lib/model.jar").toString(), "is not a jar",
                "rebuild it", "remove it from the entity classpath");
        assertThat(db.tables()).doesNotContain("interviews", "autogen_version");
    }

    @Test
    void aTruncatedJarOnTheCommandLineClasspathIsNamed() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        Path whole = dir.resolve("whole.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(whole))) {
            jar.putNextEntry(new ZipEntry("com/acme/model/Interview.class"));
            jar.write(Files.readAllBytes(project.resolve(INTERVIEW_CLASS)));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(dir.resolve("model.jar"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(whole);
        List<String> before = project.files();

        Result r = project.run("check", "--classpath", "target/classes:model.jar", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, dir.resolve("model.jar").toString(), "truncated or not a zip file",
                "(--classpath, [entities] classpath)");
    }

    @Test
    void anEmptyJarFileIsNamed() throws Exception {
        TestProject project = projectWith("lib/empty.jar");
        Files.createDirectories(dir.resolve("lib"));
        Files.createFile(dir.resolve("lib/empty.jar"));   // a copy that was interrupted
        List<String> before = project.files();

        Result r = project.run("check", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, dir.resolve("lib/empty.jar").toString(), "is not a jar", "rebuild it");
    }

    @Test
    void aJarThatCannotBeReadIsNamed() throws Exception {
        TestProject project = projectWith("lib/model.jar");
        Path jar = dir.resolve("lib/model.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out)) {
            // an empty, valid jar
        }
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(jar), "a user who can read any file (root) cannot test this");
        List<String> before = project.files();

        Result r = project.run("check", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, jar.toString(), "cannot be read", "chmod");
    }

    @Test
    void aMissingDirectoryOnTheCommandLineClasspathIsNamed() {
        TestProject project = TestProject.standard(dir, null);
        List<String> before = project.files();

        for (String[] verb : List.of(new String[] {"check"}, new String[] {"-m", "initial"})) {
            Result r = project.run(concat(verb, "--classpath", "target/classes:build/classes",
                    "--url", db.urlWithCredentials()));
            assertFailsCleanly(project, before, r, dir.resolve("build/classes").toString(), "does not exist",
                    "remove it from the entity classpath (--classpath, [entities] classpath)");
        }
    }

    // ------------------------------------------------------------------ class files

    @Test
    void aClassFileOfGarbageIsNamedNotSkipped() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        // skipped, it would read as an entity that is gone: a table to drop
        Files.writeString(project.resolve("target/classes/com/acme/model/Candidate.class"), "not a class\n");
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, project.resolve("target/classes/com/acme/model/Candidate.class")
                .toString(), "is not a class file", "`./mvnw clean compile`");
    }

    @Test
    void aGarbageClassInsideAJarIsNamedByJarAndEntry() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        Path jar = dir.resolve("model.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("com/acme/model/Interview.class"));
            out.write(Files.readAllBytes(project.resolve(INTERVIEW_CLASS)));
            out.putNextEntry(new ZipEntry("com/acme/model/Candidate.class"));
            out.write("PK garbage".getBytes());
        }
        List<String> before = project.files();

        Result r = project.run("check", "--classpath", "model.jar", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, jar + "!/com/acme/model/Candidate.class is not a class file",
                "rebuild the jar that holds it", "remove it from the entity classpath");
    }

    @Test
    void aTruncatedClassFileIsNamedNotSkipped() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial", "--url", url).code()).isZero();
        Path migration = project.migrations().get(0);
        Path interview = project.resolve(INTERVIEW_CLASS);
        byte[] bytes = Files.readAllBytes(interview);
        Files.write(interview, Arrays.copyOf(bytes, bytes.length / 3));
        List<String> before = project.files();

        Result check = project.run("check", "--url", url);
        Result next = project.run("-m", "drop everything?", "--url", url);

        for (Result r : List.of(check, next)) {
            assertOneCleanError(r);
            assertThat(r.errorLines().get(0)).contains(interview.toString(), "truncated or corrupt class file",
                    "rebuild the classes");
        }
        assertThat(project.files()).isEqualTo(before);
        assertThat(project.migrations()).containsExactly(migration);
    }

    @Test
    void aClassOfANewerJavaSaysWhichJavaToUse() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        Path interview = project.resolve(INTERVIEW_CLASS);
        byte[] bytes = Files.readAllBytes(interview);
        int newer = Runtime.version().feature() + 1;
        bytes[6] = 0;
        bytes[7] = (byte) (44 + newer);   // major version of the next Java
        Files.write(interview, bytes);
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertFailsCleanly(project, before, r, interview.toString(), "was compiled for Java " + newer,
                "run autogen with Java " + newer + " or later", "--release " + Runtime.version().feature());
    }

    @Test
    void aSuperclassOutsideTheEntityPackagesOfANewerJavaSaysWhatToDo() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.write("src/main/java/com/acme/lib/Audited.java", """
                package com.acme.lib;

                public class Audited {
                }
                """);
        project.write("src/main/java/com/acme/model/Interview.java", project.read(project.resolve(
                "src/main/java/com/acme/model/Interview.java")).replace("public class Interview {",
                "public class Interview extends com.acme.lib.Audited {"));
        project.compileEntities();
        Path audited = project.resolve("target/classes/com/acme/lib/Audited.class");
        byte[] bytes = Files.readAllBytes(audited);
        bytes[6] = 0;
        bytes[7] = (byte) (44 + Runtime.version().feature() + 1);
        Files.write(audited, bytes);
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        int newer = Runtime.version().feature() + 1;
        assertFailsCleanly(project, before, r, audited + " was compiled for Java " + newer,
                "run autogen with Java " + newer + " or later", "--release " + Runtime.version().feature());
    }

    // ------------------------------------------------------------------ the compile cache

    @Test
    void aCorruptCompileCacheIsRebuiltSilently() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial", "--url", db.urlWithCredentials()).code()).isZero();
        Result clean = project.run("history");
        Path cache = project.resolve(".autogen/classes");
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(cache.resolve("classes"))) {
            classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).isNotEmpty();
        List<String> before = project.files();

        for (byte[] broken : List.of(new byte[0], "garbage".getBytes(), Arrays.copyOf(Files.readAllBytes(classes.get(0)),
                100))) {
            Files.write(classes.get(0), broken);
            Files.write(cache.resolve("manifest.tsv"), Arrays.copyOf(broken, Math.min(broken.length, 5)));
            Result r = project.run("history");
            assertThat(r.code()).as("%s", r).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo(clean.out());
        }
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void aCompileCacheThatCannotBeUsedSaysToDeleteIt() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial", "--url", db.urlWithCredentials()).code()).isZero();
        assertThat(project.run("history").code()).isZero();   // fills the compile cache
        Path classes = project.resolve(".autogen/classes/classes");
        deleteTree(classes);
        Files.writeString(classes, "a file where the cache keeps its directory of classes");
        List<String> before = project.files();

        Result r = project.run("history");

        assertFailsCleanlyKeepingMigrations(project, before, r);
        assertThat(r.errorLines().get(0)).contains("cannot use the compile cache .autogen/classes", "delete it");
        deleteTree(project.resolve(".autogen/classes"));
        assertThat(project.run("history").code()).isZero();
    }

    private static void assertFailsCleanlyKeepingMigrations(TestProject project, List<String> before, Result r) {
        assertOneCleanError(r);
        assertThat(r.err().toLowerCase(java.util.Locale.ROOT)).doesNotContain("error: error:");
        assertThat(project.files()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ generated files

    @Test
    void generatedFilesGetTheUmaskLikeAnyNewFile() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path probe = Files.createFile(dir.resolve("probe"));
        String fresh = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        TestProject project = TestProject.empty(dir);

        assertThat(project.run("init", "--entities", "com.acme.model", "--migrations", "com.acme.migrations")
                .code()).isZero();
        TestProject standard = TestProject.standard(dir.resolve("app"), null);
        assertThat(standard.run("-m", "initial", "--url", db.urlWithCredentials()).code()).isZero();
        assertThat(standard.run("revision", "-m", "backfill", "--url", db.urlWithCredentials()).code()).isZero();

        List<Path> written = Stream.concat(Stream.of(project.configFile(),
                        standard.resolve(".autogen/classes/manifest.tsv")), standard.migrations().stream()).toList();
        assertThat(written).hasSize(4);
        for (Path file : written) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("%s", file)
                    .isEqualTo(fresh);
        }
    }

    // ------------------------------------------------------------------ --json errors

    /** The failure as JSON on stdout: {@code {"error": LINE}}, LINE the stderr line without "error: ". */
    private static void assertJsonError(Result r, String... fragments) throws Exception {
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.errorLines()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ");
        JsonNode document = MAPPER.readTree(r.out());
        assertThat(document.size()).isEqualTo(1);
        assertThat(document.get("error").asText()).isEqualTo(r.errorLines().get(0).substring("error: ".length()))
                .contains(fragments);
    }

    @Test
    void everyJsonVerbAnswersAMissingConfigurationInJson() throws Exception {
        TestProject project = TestProject.empty(dir);
        for (String verb : List.of("check", "current", "history", "heads")) {
            assertJsonError(project.run(verb, "--json"), "autogen.toml", "autogen init");
        }
        assertThat(project.files()).isEmpty();
    }

    @Test
    void jsonUsageErrorsAreJsonToo() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> before = project.files();

        assertJsonError(project.run("check", "--json", "--no-such-option"), "--no-such-option");
        assertJsonError(project.run("history", "--json", "-r"), "-r");
        assertJsonError(project.run("heads", "--json", "extra"), "extra");
        // a verb without --json: the usage error, still in JSON since the caller expects JSON
        assertJsonError(project.run("upgrade", "head", "--json"), "Unknown option: '--json'");
        // without --json, stdout stays empty
        Result plain = project.run("check", "--no-such-option");
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.out()).isEmpty();
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void jsonErrorsOfTheDatabaseAndClasspathKeepSecretsOut() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> before = project.files();

        Result unreachable = project.run("current", "--json", "--url", "postgresql://app:s3cret-pw@127.0.0.1:1/x");
        assertJsonError(unreachable, "127.0.0.1:1");
        assertThat(unreachable.out() + unreachable.err()).doesNotContain("s3cret-pw");
        Files.writeString(project.resolve(INTERVIEW_CLASS), "garbage");
        assertJsonError(project.run("check", "--json", "--url", db.urlWithCredentials()), "is not a class file");
        assertThat(project.files()).isEqualTo(before);
    }
}
