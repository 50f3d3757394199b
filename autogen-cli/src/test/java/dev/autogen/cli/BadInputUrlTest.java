package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.testing.TestDatabases;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue of the database URL: empty settings, URLs autogen cannot read completely,
 * and passwords with every special character. Each: exit 2, one line naming the setting and what to
 * do, no stack trace, no password anywhere (also with --verbose), nothing written, no embedded
 * database started in its place.
 */
class BadInputUrlTest extends CliTestBase {

    /** Every secret-looking piece of the bad URLs below holds this mark. */
    private static final String MARK = "Zq9";

    /** A bad setting: the configuration's url line (null: none), the environment, the arguments, the message. */
    record Case(String tomlUrl, Map<String, String> env, List<String> args, String says) {
    }

    private static final List<Case> CASES = List.of(
            new Case(null, Map.of("AUTOGEN_DATABASE_URL", ""), List.of(), "AUTOGEN_DATABASE_URL is empty; set it"),
            new Case(null, Map.of("AUTOGEN_DATABASE_URL", "  "), List.of(), "AUTOGEN_DATABASE_URL is empty"),
            new Case(null, Map.of(), List.of("--url", ""), "--url is empty; give a database URL"),
            new Case("${DB_URL}", Map.of("DB_URL", ""), List.of(),
                    "autogen.toml [database] url (from ${DB_URL}) is empty; set DB_URL to a database URL"),
            new Case("${DB_URL}", Map.of(), List.of(), "database.url uses ${DB_URL}, which is not set; set DB_URL"),
            new Case("", Map.of(), List.of(), "autogen.toml [database] url is empty; set it to a database URL, "
                    + "or remove the line"),
            new Case(null, Map.of(), List.of("--url", "postgresql://app:Zq9@Zq9@127.0.0.1:1/db"),
                    "--url holds more than one '@' before the host; percent-encode @"),
            new Case(null, Map.of("AUTOGEN_DATABASE_URL", "Zq9-just-the-password"), List.of(),
                    "AUTOGEN_DATABASE_URL is not a PostgreSQL URL; write postgresql://user:password@host:5432/db or "
                            + "jdbc:postgresql://host:5432/db?user=...&password=..."),
            new Case(null, Map.of(), List.of("--url", "postgresql://app:Zq9@localhost:notaport/db"),
                    "--url has a port that is not a number from 1 to 65535"),
            new Case("${DB_URL}", Map.of("DB_URL", "postgresql://app:Zq9#Zq9@localhost/db"), List.of(),
                    "autogen.toml [database] url (from ${DB_URL}) holds '#'"),
            new Case("postgresql://app:${PW}@localhost/db", Map.of("PW", "Zq9/Zq9"), List.of(),
                    "autogen.toml [database] url (from ${PW}) has a port that is not a number"),
            new Case(null, Map.of(), List.of("--url", "postgresql:///db"), "Unix-domain sockets are not supported"),
            new Case(null, Map.of(), List.of("--url", "jdbc:postgresql://app:Zq9@localhost/db"),
                    "--url gives user:password@ in a jdbc:postgresql: URL"),
            new Case(null, Map.of("AUTOGEN_DATABASE_URL", "mysql://app:Zq9@localhost/db"), List.of(),
                    "AUTOGEN_DATABASE_URL names a MySQL database; autogen works with PostgreSQL only"),
            new Case(null, Map.of(), List.of("--url", "postgresql://app:Zq9@[::1/db"),
                    "--url opens an IPv6 address with '[' and does not close it"),
            new Case(null, Map.of(), List.of("--url", "postgresql://app:Zq9 Zq9@localhost/db"),
                    "--url holds a space"),
            new Case(null, Map.of(), List.of("--url", "jdbc:postgresql://localhost/db?user=app&password=Zq9&Zq9"),
                    "--url has a query parameter without '='"),
            new Case(null, Map.of(), List.of("--url", "postgresql://app:Zq9%zz@localhost/db"),
                    "--url has a '%' in the password that does not start a %XX escape"));

    @Test
    void eachBadUrlSettingIsOneCleanLineAndNothingRuns() throws Exception {
        for (Case c : CASES) {
            Path home = Files.createDirectories(dir.resolve("p" + CASES.indexOf(c)));
            TestProject project = TestProject.standard(home, null);
            if (c.tomlUrl() != null) {
                project.writeConfig(c.tomlUrl());
            }
            project.environment().putAll(c.env());
            List<String> before = project.files();
            for (String[] verb : List.of(new String[] {"upgrade", "head"}, new String[] {"-m", "initial"})) {
                Result r = project.run(concat(verb, c.args().toArray(String[]::new)));
                assertOneCleanError(r);
                assertThat(r.err()).as("message of %s", r).contains(c.says());
                assertThat(r.out() + r.err()).doesNotContain(MARK);
            }
            Result verbose = project.run(concat(new String[] {"upgrade", "head", "--verbose"},
                    c.args().toArray(String[]::new)));
            assertThat(verbose.code()).isEqualTo(2);
            assertThat(verbose.errorLines()).hasSize(1);
            assertThat(verbose.out() + verbose.err()).doesNotContain(MARK);
            assertThat(project.files()).isEqualTo(before);
            assertThat(project.resolve(".autogen")).as("no embedded database for %s", c).doesNotExist();
        }
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aMistypedOptionBeforeAUrlDoesNotEchoItsPassword() {
        TestProject project = TestProject.standard(dir, null);
        for (String url : List.of("postgresql://app:Zq9pw@localhost/db", "jdbc:postgresql://localhost/db?user=app&"
                + "password=Zq9pw")) {
            Result r = project.run("current", "--ur", url);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errorLines()).hasSize(1);
            assertThat(r.err()).contains("Unknown option", "--ur").doesNotContain("at dev.autogen");
            assertThat(r.out() + r.err()).doesNotContain(MARK);
        }
    }

    @Test
    void urlWinsOverAnEmptyVariableWhichIsThenNotRead() {
        TestProject project = TestProject.standard(dir, null);
        project.environment().put("AUTOGEN_DATABASE_URL", "");

        assertThat(project.run("current", "--url", db.urlWithCredentials()).code()).isZero();
        assertOneCleanError(project.run("current"));
    }

    @Test
    void passwordsWithEverySpecialCharacterLogInInBothFormsAndWrongOnesNeverShow() throws Exception {
        assumeTrue(TestDatabases.embedded(), "rewrites pg_hba.conf of the embedded server");
        String role = "autogen_url_" + ProcessHandle.current().pid();
        String password = "Pw@:/%?&#= +é日本😀" + MARK;
        String hba = TestDatabases.adminQuery("SHOW hba_file");
        String original = Files.readString(Path.of(hba));
        TestDatabases.admin("SET password_encryption = 'scram-sha-256'",
                "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'",
                "GRANT ALL ON DATABASE " + db.url().replaceAll(".*/", "") + " TO " + role);
        try {
            Files.writeString(Path.of(hba), "host all " + role + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all " + role + " ::1/128 scram-sha-256\n" + original);
            TestDatabases.admin("SELECT pg_reload_conf()");
            TestProject project = TestProject.standard(dir, null);
            String hostAndDb = db.url().substring("jdbc:postgresql://".length());
            for (String right : List.of(password, password.replace(MARK, "x"))) {
                boolean ok = right.equals(password);
                String encoded = URLEncoder.encode(right, StandardCharsets.UTF_8).replace("+", "%20");
                for (String url : List.of("postgresql://" + role + ":" + encoded + "@" + hostAndDb,
                        "postgres://" + role + ":" + encoded + "@" + hostAndDb.replace("localhost", "127.0.0.1"),
                        db.url() + "?user=" + role + "&password=" + encoded)) {
                    Result r = project.run("current", "--url", url);
                    if (ok) {
                        assertThat(r.code()).as("log in with %s", r).isZero();
                    } else {
                        assertOneCleanError(r);
                        assertThat(r.err()).contains("cannot log in to", "check the user and password in --url");
                        Result verbose = project.run("current", "--url", url, "--verbose");
                        assertThat(verbose.code()).isEqualTo(2);
                        assertThat(verbose.out() + verbose.err()).doesNotContain(right, encoded, "Pw@", "Pw%40");
                    }
                    assertThat(r.out() + r.err()).doesNotContain(right, encoded, "Pw@", "Pw%40");
                }
            }
        } finally {
            Files.writeString(Path.of(hba), original);
            TestDatabases.admin("SELECT pg_reload_conf()",
                    "REVOKE ALL ON DATABASE " + db.url().replaceAll(".*/", "") + " FROM " + role,
                    "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void severalHostsAreTriedInTurnAndAMissingDatabaseIsNamedWithoutThePassword() {
        assumeTrue(db.user() != null, "needs the server's credentials");
        TestProject project = TestProject.standard(dir, null);
        String hostPort = db.url().substring("jdbc:postgresql://".length()).replaceAll("/.*", "");
        String database = db.url().replaceAll(".*/", "");
        String credentials = db.user() + ":" + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);

        // the first host refuses: pgjdbc goes on to the second, so every host of the list was read
        Result both = project.run("current", "--url",
                "postgresql://" + credentials + "@127.0.0.1:1," + hostPort + "/" + database + "?connect_timeout=5");
        assertThat(both.code()).as("%s", both).isZero();

        for (String args : List.of("", "--verbose")) {
            Result r = project.run(concat(new String[] {"current", "--url", "postgresql://" + credentials + "@"
                    + hostPort + "/no_such_db"}, args.isEmpty() ? new String[0] : new String[] {args}));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errorLines()).hasSize(1);
            assertThat(r.err()).contains("database in jdbc:postgresql://" + hostPort + "/no_such_db as "
                    + db.user() + " does not exist", "create it (createdb) or fix --url");
            assertThat(r.out() + r.err()).doesNotContain(credentials + "@", "password=" + db.password());
        }
    }

    @Test
    void anUnreachableServerNeverShowsASpecialPasswordEvenVerbose() {
        TestProject project = TestProject.standard(dir, null);
        String password = "Pw@:/%?&#= é" + MARK;
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        for (String url : List.of("postgresql://app:" + encoded + "@127.0.0.1:1/x",
                "jdbc:postgresql://127.0.0.1:1/x?user=app&password=" + encoded,
                "postgresql://app:" + encoded + "@[::1]:1,127.0.0.1:1/x")) {
            for (String[] args : List.of(new String[] {"current", "--url", url},
                    new String[] {"upgrade", "head", "--url", url, "--verbose"})) {
                Result r = project.run(args);
                assertThat(r.code()).isEqualTo(2);
                assertThat(r.errorLines()).hasSize(1);
                assertThat(r.err()).contains("cannot reach the database at jdbc:postgresql://", "127.0.0.1:1",
                        "is the server running and --url right?");
                assertThat(r.out() + r.err()).doesNotContain(password, encoded, MARK, "Pw@", "Pw%40");
            }
        }
        assertThat(project.migrations()).isEmpty();
    }
}
