package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bad-input catalogue of {@code autogen init}: every input checked before anything is written. */
class BadInputInitTest extends CliTestBase {

    private static void assertRefused(TestProject project, List<String> before, String fragment, String... args) {
        Result r = project.run(args);
        assertOneCleanError(r);
        assertThat(r.err()).as("%s", r).contains(fragment);
        assertThat(r.out()).isEmpty();
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void packageNamesAreJavaPackageNames() throws Exception {
        TestProject project = TestProject.empty(dir);
        for (String bad : List.of("com..acme", ".com.acme", "com.acme.", "com.acme.class", "com.1acme", "com-acme",
                "", "com.acme migrations")) {
            assertRefused(project, List.of(), "--migrations \"" + bad + "\" is not a Java package name; write "
                    + "dot-separated identifiers that are not Java keywords, e.g. --migrations com.acme.migrations",
                    "init", "--migrations", bad);
        }
        assertRefused(project, List.of(), "--entities \"com.acme.*\" is not a Java package name", "init",
                "--entities", "com.acme.*");
        try (var entries = Files.list(dir)) {
            assertThat(entries).as("nothing written, not even a directory").isEmpty();
        }
        assertThat(project.run("init", "--migrations", "com.acme.db_v2").code()).isZero();
    }

    @Test
    void anExistingConfigurationIsLeftAlone() {
        TestProject project = TestProject.standard(dir, null);
        List<String> before = project.files();
        String config = project.read(project.configFile());

        assertRefused(project, before, "autogen.toml already exists; edit it, or remove it to start over", "init");

        assertThat(project.read(project.configFile())).isEqualTo(config);
        project.write("conf/autogen.toml/keep", "x");
        assertRefused(project, project.files(), "conf/autogen.toml is a directory; pass --config FILE", "init",
                "--config", "conf/autogen.toml");
    }

    @Test
    void theDirectoryMustExistAndTakeTheMigrationsDirectory() throws Exception {
        TestProject project = TestProject.empty(dir);
        assertRefused(project, List.of(), "directory no-such-dir does not exist; create it first, or pass -C DIR",
                "init", "--config", "no-such-dir/autogen.toml");
        assertThat(Files.exists(dir.resolve("no-such-dir"))).isFalse();

        project.write("src/main/java/com/acme", "a file where a directory should be");
        assertRefused(project, project.files(), "src/main/java/com/acme is a file where the migrations directory "
                + "src/main/java/com/acme/migrations goes", "init", "--migrations", "com.acme.migrations");
        assertThat(Files.exists(project.configFile())).isFalse();
    }

    @Test
    void aDirectoryThatIsNotWritable() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes anywhere");
        TestProject project = TestProject.empty(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(project, List.of(), "(permission denied); run init in a directory you can write to",
                    "init");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
