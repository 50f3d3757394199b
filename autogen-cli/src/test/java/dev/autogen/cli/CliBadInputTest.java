package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input on the command line: one {@code error:} line, exit 2, nothing written, no secrets shown. */
class CliBadInputTest extends CliTestBase {
    @Test
    void noConfigurationFile() {
        TestProject project = TestProject.empty(dir);
        for (String[] args : List.of(new String[] {"-m", "x"}, new String[] {"upgrade", "head"},
                new String[] {"current"}, new String[] {"history"}, new String[] {"check"})) {
            Result r = project.run(args);
            assertOneCleanError(r);
            assertThat(r.err()).contains("autogen.toml", "autogen init");
        }
        assertThat(project.files()).isEmpty();
        Result verbose = project.run("current", "--verbose");
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.errorLines()).hasSize(1);
        assertThat(verbose.err()).contains("at dev.autogen");
    }

    @Test
    void anEntityPackageWithoutEntities() {
        TestProject project = TestProject.standard(dir, null);
        String config = project.read(project.configFile()).replace("\"com.acme.model\"", "\"com.acme.nothing\"");
        project.write("autogen.toml", config);
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains("com.acme.nothing");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void entitiesNotCompiled() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        deleteTree(project.resolve("target"));
        List<String> before = project.files();

        Result r = project.run("-m", "initial", "--url", db.urlWithCredentials());

        assertOneCleanError(r);
        assertThat(r.err()).contains("target");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void databaseUnreachableAndPasswordNeverShown() {
        TestProject project = TestProject.standard(dir, null);
        List<String> before = project.files();
        for (String url : List.of("jdbc:postgresql://127.0.0.1:1/x",
                "jdbc:postgresql://127.0.0.1:1/x?user=app&password=s3cret-pw",
                "postgresql://app:s3cret-pw@127.0.0.1:1/x")) {
            for (String[] verb : List.of(new String[] {"current"}, new String[] {"upgrade", "head"},
                    new String[] {"-m", "initial"})) {
                Result r = project.run(concat(verb, "--url", url));
                assertOneCleanError(r);
                assertThat(r.err()).contains("127.0.0.1:1");
                assertThat(r.out() + r.err()).doesNotContain("s3cret-pw");
            }
            Result verbose = project.run("current", "--url", url, "--verbose");
            assertThat(verbose.code()).isEqualTo(2);
            assertThat(verbose.out() + verbose.err()).doesNotContain("s3cret-pw");
        }
        assertThat(project.files()).isEqualTo(before);
        assertThat(project.migrations()).isEmpty();
    }

    @Test
    void wrongPasswordIsOneLineAndNeverShowsThePassword() throws Exception {
        assumeTrue(TestDatabases.embedded(), "rewrites pg_hba.conf of the embedded server");
        String role = "autogen_pw_" + ProcessHandle.current().pid();
        String hba = TestDatabases.adminQuery("SHOW hba_file");
        String original = Files.readString(Path.of(hba));
        TestDatabases.admin("SET password_encryption = 'scram-sha-256'",
                "CREATE ROLE " + role + " LOGIN PASSWORD 'right-pw'");
        try {
            Files.writeString(Path.of(hba), "host all " + role + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all " + role + " ::1/128 scram-sha-256\n" + original);
            TestDatabases.admin("SELECT pg_reload_conf()");
            TestProject project = TestProject.standard(dir, null);
            String base = db.url().substring("jdbc:postgresql://".length());
            // The right password gets in: the failure below is the password's, nothing else's.
            Result right = project.run("current", "--url", "postgresql://" + role + ":right-pw@" + base);
            assertThat(right.code()).isZero();

            for (String url : List.of("postgresql://" + role + ":s3cret-pw@" + base,
                    db.url() + "?user=" + role + "&password=s3cret-pw")) {
                Result r = project.run("current", "--url", url);
                assertOneCleanError(r);
                assertThat(r.err()).contains("password");
                assertThat(r.out() + r.err()).doesNotContain("s3cret-pw");
                Result verbose = project.run("upgrade", "head", "--url", url, "--verbose");
                assertThat(verbose.code()).isEqualTo(2);
                assertThat(verbose.out() + verbose.err()).doesNotContain("s3cret-pw");
            }
        } finally {
            Files.writeString(Path.of(hba), original);
            TestDatabases.admin("SELECT pg_reload_conf()", "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void aMigrationThatDoesNotCompile() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        Path migration = project.migrations().get(0);
        String text = project.read(migration);
        Files.writeString(migration, text.replaceFirst("op\\.createTable\\(", "op.createTable(this is not java "));
        int line = lineOf(project.read(migration), "this is not java");
        List<String> before = project.files();

        for (String[] args : List.of(new String[] {"upgrade", "head", "--url", url}, new String[] {"history"},
                new String[] {"-m", "next", "--url", url})) {
            Result r = project.run(args);
            assertOneCleanError(r);
            assertThat(r.err()).contains(migration.getFileName().toString()).containsPattern(":" + line + ": error:");
        }
        assertThat(project.files()).isEqualTo(before);
        assertThat(db.tables()).doesNotContain("interviews", "autogen_version");
    }

    @Test
    void usageErrorsAreOneErrorLineWithExitTwo() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        List<String> before = project.files();
        var soft = new org.assertj.core.api.SoftAssertions();
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"upgrade", "--no-such-option"},
                new String[] {"downgrade", "--url", url}, new String[] {"upgrade", "nope", "--url", url},
                new String[] {"revision", "--url", url})) {
            Result r = project.run(args);
            soft.assertThat(r.code()).as("%s", r).isEqualTo(2);
            soft.assertThat(r.errorLines()).as("%s", r).hasSize(1);
            soft.assertThat(r.err()).doesNotContain("at dev.autogen");
        }
        soft.assertAll();
        assertThat(project.files()).isEqualTo(before);
        assertThat(db.tables()).doesNotContain("autogen_version");
    }
}
