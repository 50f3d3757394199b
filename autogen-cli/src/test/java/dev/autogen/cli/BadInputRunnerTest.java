package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.dialect.RunLock;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue of migrations, targets and the version table: each case exits 2 with one
 * line saying what to do, no stack trace, and leaves nothing half-done (no file written, the
 * version table absent or unchanged).
 */
class BadInputRunnerTest extends CliTestBase {

    private final List<String> roles = new ArrayList<>();

    @AfterEach
    void dropRoles() throws Exception {
        for (String role : roles) {
            db.execute("DROP OWNED BY " + role);
            TestDatabases.admin("DROP ROLE IF EXISTS " + role);
        }
    }

    /** A project with two empty migrations, first and second; returns their revisions. */
    private List<String> twoRevisions(TestProject project) {
        String url = db.urlWithCredentials();
        assertThat(project.run("revision", "-m", "first", "--url", url).code()).isZero();
        assertThat(project.run("revision", "-m", "second", "--url", url).code()).isZero();
        List<Path> files = project.migrations();
        List<String> sources = files.stream().map(project::read)
                .sorted(java.util.Comparator.comparing((String source) -> source.contains("parents ="))).toList();
        return sources.stream().map(CliTestBase::revisionId).toList();
    }

    /** A login role with only CONNECT and USAGE on public (no CREATE), and the URL to connect as it. */
    private String role(String suffix) throws Exception {
        assumeTrue(TestDatabases.embedded(), "creates roles on the embedded server");
        String role = "autogen_" + suffix + "_" + ProcessHandle.current().pid();
        TestDatabases.admin("DROP ROLE IF EXISTS " + role, "CREATE ROLE " + role + " LOGIN PASSWORD 'role-pw'");
        roles.add(role);
        db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC", "GRANT USAGE ON SCHEMA public TO " + role);
        return db.url() + "?user=" + role + "&password=role-pw";
    }

    private static void refused(Result r, String... fragments) {
        assertOneCleanError(r);
        assertThat(r.err()).contains(fragments);
        assertThat(r.out() + r.err()).doesNotContain("Position:", "role-pw");
    }

    // ---------------------------------------------------------------- the version table

    @Test
    void aVersionTableNameThatIsAnotherTableIsRefusedBeforeAnythingChanges() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        twoRevisions(project);
        project.write("autogen.toml", project.read(project.configFile())
                .replace("[hibernate]", "version_table = \"schema_migrations\"\n\n[hibernate]"));
        db.execute("CREATE TABLE schema_migrations (version text PRIMARY KEY, applied timestamp)",
                "INSERT INTO schema_migrations VALUES ('20240101_init', now())");
        List<String> before = project.files();

        for (String[] verb : List.of(new String[] {"upgrade", "head"}, new String[] {"current"},
                new String[] {"stamp", "head"}, new String[] {"downgrade", "base"})) {
            Result r = project.run(concat(verb, "--url", db.urlWithCredentials()));
            refused(r, "table schema_migrations exists but is not autogen's version table (its columns: version, "
                    + "applied); nothing was changed; set [migrations] version_table to a name no other table uses");
        }
        assertThat(db.tables()).containsExactly("schema_migrations");
        assertThat(db.column("SELECT version FROM schema_migrations")).containsExactly("20240101_init");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void aVersionTableInASchemaThatDoesNotExist() {
        TestProject project = TestProject.standard(dir, null);
        twoRevisions(project);
        project.write("autogen.toml", project.read(project.configFile())
                .replace("[hibernate]", "version_table = \"audit.autogen_version\"\n\n[hibernate]"));

        Result r = project.run("upgrade", "head", "--url", db.urlWithCredentials());

        refused(r, "cannot write autogen's version table audit.autogen_version: schema audit does not exist; "
                + "create it (`CREATE SCHEMA audit`) or name another schema in [migrations] version_table");
    }

    @Test
    void aUserWhoMayNotCreateTablesIsToldWhichGrantToAskFor() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        twoRevisions(project);
        String url = role("nocreate");
        String role = url.substring(url.indexOf("user=") + 5, url.indexOf('&'));

        Result r = project.run("upgrade", "head", "--url", url);

        refused(r, "cannot write autogen's version table autogen_version: role " + role + " lacks CREATE on schema "
                + "public, so it cannot create tables there; ask the schema's owner for `GRANT USAGE, CREATE ON SCHEMA "
                + "public TO " + role + "`");
        assertThat(db.tables()).isEmpty();

        db.execute("GRANT CREATE ON SCHEMA public TO " + role); // doing as told works
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).hasSize(2);
    }

    @Test
    void aUserWhoMayReadButNotWriteTheVersionTable() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        assertThat(project.run("upgrade", revisions.get(0), "--url", db.urlWithCredentials()).code()).isZero();
        String url = role("readonly");
        String role = url.substring(url.indexOf("user=") + 5, url.indexOf('&'));

        refused(project.run("current", "--url", url), "cannot read autogen's version table autogen_version: role "
                + role + " lacks SELECT on table autogen_version; ask its owner for `GRANT SELECT ON autogen_version TO "
                + role + "`");
        db.execute("GRANT SELECT ON autogen_version TO " + role);
        assertThat(project.run("current", "--url", url).out()).contains(revisions.get(0));

        for (String[] verb : List.of(new String[] {"upgrade", "head"}, new String[] {"stamp", "head"},
                new String[] {"downgrade", "base"})) {
            refused(project.run(concat(verb, "--url", url)), "role " + role + " lacks INSERT, DELETE on table "
                    + "autogen_version; ask its owner for `GRANT SELECT, INSERT, DELETE ON autogen_version TO " + role
                    + "`");
        }
        assertThat(db.appliedRevisions()).containsExactly(revisions.get(0));
    }

    @Test
    void aUserWhoCannotReachTheVersionTablesSchema() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        twoRevisions(project);
        project.write("autogen.toml", project.read(project.configFile())
                .replace("[hibernate]", "version_table = \"audit.autogen_version\"\n\n[hibernate]"));
        String url = role("nousage");
        String role = url.substring(url.indexOf("user=") + 5, url.indexOf('&'));
        db.execute("CREATE SCHEMA audit");
        assertThat(project.run("stamp", "base", "--url", db.urlWithCredentials()).code()).isZero();
        db.execute("GRANT SELECT, INSERT, DELETE ON audit.autogen_version TO " + role);

        refused(project.run("upgrade", "head", "--url", url), "role " + role + " lacks USAGE on schema audit, so it "
                + "cannot reach audit.autogen_version; ask the schema's owner for `GRANT USAGE ON SCHEMA audit TO "
                + role + "`");
        refused(project.run("current", "--url", url), "cannot read autogen's version table audit.autogen_version: "
                + "role " + role + " lacks USAGE on schema audit");
        assertThat(db.column("SELECT count(*) FROM audit.autogen_version")).containsExactly("0");
    }

    @Test
    void repairByAUserWhoMayNotUpdateTheVersionTable() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        assertThat(project.run("upgrade", "head", "--url", db.urlWithCredentials()).code()).isZero();
        Path first = project.migrations().stream().filter(f -> !project.read(f).contains("parents =")).findFirst()
                .orElseThrow();
        project.write(project.dir().relativize(first).toString(), project.read(first) + "\n// edited\n");
        String url = role("norepair");
        String role = url.substring(url.indexOf("user=") + 5, url.indexOf('&'));
        db.execute("GRANT SELECT, INSERT, DELETE ON autogen_version TO " + role);
        List<String> sums = db.column("SELECT checksum FROM autogen_version ORDER BY revision");

        refused(project.run("repair", "--url", url), "role " + role + " lacks UPDATE on table autogen_version; ask "
                + "its owner for `GRANT SELECT, UPDATE ON autogen_version TO " + role + "`");
        assertThat(db.column("SELECT checksum FROM autogen_version ORDER BY revision")).isEqualTo(sums);
        assertThat(revisions).hasSize(2);
    }

    // ---------------------------------------------------------------- baseline, all or nothing

    @Test
    void aBaselineOnAReadOnlySessionRemovesItsMigration() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        db.execute("CREATE TABLE interviews (id bigint PRIMARY KEY)");
        String url = role("readonlytx");
        String role = url.substring(url.indexOf("user=") + 5, url.indexOf('&'));
        db.execute("GRANT CREATE ON SCHEMA public TO " + role);
        TestDatabases.admin("ALTER ROLE " + role + " SET default_transaction_read_only = on");
        List<String> before = project.files();

        Result r = project.run("baseline", "--from-database", "--no-verify", "--url", url);

        refused(r, "cannot write autogen's version table autogen_version: cannot execute CREATE TABLE in a read-only "
                + "transaction; the session is read-only", "connect to the primary as a user that may write",
                "the baseline migration was not kept, so run `autogen baseline` again once that is fixed");
        assertThat(project.files()).isEqualTo(before);
        assertThat(db.tables()).containsExactly("interviews");
    }


    @Test
    void aBaselineThatCannotBeStampedWritesNoMigration() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        db.execute("CREATE TABLE interviews (id bigint PRIMARY KEY)");
        String url = role("baseline");
        String role = url.substring(url.indexOf("user=") + 5, url.indexOf('&'));
        List<String> before = project.files();

        Result r = project.run("baseline", "--from-database", "--no-verify", "--url", url);

        refused(r, "lacks CREATE on schema public", "GRANT USAGE, CREATE ON SCHEMA public TO " + role);
        assertThat(project.files()).isEqualTo(before);
        assertThat(db.tables()).containsExactly("interviews");
    }

    @Test
    void aBaselineWhoseStampFailsOnTheLockRemovesItsMigrationAndTheRerunWorks() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.write("autogen.toml", project.read(project.configFile())
                .replace("[hibernate]", "lock_timeout = 0\n\n[hibernate]"));
        db.execute("CREATE TABLE interviews (id bigint PRIMARY KEY)");
        String url = db.urlWithCredentials();
        List<String> before = project.files();
        RunLock lock = new PostgresDialect().runLock();
        try (Connection holder = db.connect()) {
            assertThat(lock.acquire(holder, "autogen_version", Duration.ZERO)).isTrue();

            Result r = project.run("baseline", "--from-database", "--no-verify", "--url", url);

            refused(r, "another runner holds the migration lock of this database (pid ",
                    "the baseline migration was not kept, so run `autogen baseline` again once that is fixed");
            assertThat(project.files()).isEqualTo(before);
            assertThat(db.tables()).containsExactly("interviews");
        }
        Result again = project.run("baseline", "--from-database", "--no-verify", "--url", url);
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(project.migrations()).hasSize(1);
        assertThat(db.appliedRevisions()).containsExactly(revisionId(project.read(project.migrations().get(0))));
    }

    // ---------------------------------------------------------------- revisions no migration declares

    @Test
    void anUnknownRevisionsAdviceWorksWhenFollowedToTheLetter() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        String url = db.urlWithCredentials();
        assertThat(project.run("upgrade", revisions.get(0), "--url", url).code()).isZero();
        db.execute("INSERT INTO autogen_version (revision, parents, message, execution_ms) VALUES ('deadbeef0000', '"
                + revisions.get(0) + "', 'from a newer checkout', 0)");

        Result r = project.run("upgrade", "head", "--url", url);

        refused(r, "database is at revision deadbeef0000, which no migration here declares", "restore the missing "
                + "migration, or drop its row with `autogen stamp " + revisions.get(0) + " --purge`");
        assertThat(db.appliedRevisions()).containsExactly(revisions.get(0), "deadbeef0000");
        Matcher advice = Pattern.compile("`(autogen [^`]+)`$").matcher(r.errorLines().get(0));
        assertThat(advice.find()).isTrue();
        List<String> words = new ArrayList<>(Arrays.asList(advice.group(1).split(" ")));
        words.remove(0);
        words.addAll(List.of("--url", url));
        Result followed = project.run(words.toArray(String[]::new));
        assertThat(followed.code()).as(followed.toString()).isZero();
        assertThat(db.appliedRevisions()).containsExactly(revisions.get(0));
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).containsExactlyInAnyOrderElementsOf(revisions);
    }

    @Test
    void stampWithoutPurgeOverAnUnknownRevisionGivesTheSameAdvice() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        String url = db.urlWithCredentials();
        assertThat(project.run("stamp", "head", "--url", url).code()).isZero();
        db.execute("INSERT INTO autogen_version (revision, parents, message, execution_ms) VALUES ('deadbeef0000', '"
                + revisions.get(1) + "', 'gone', 0)");

        refused(project.run("stamp", "head", "--url", url), "which no migration here declares",
                "drop its row with `autogen stamp " + revisions.get(1) + " --purge`");
        assertThat(db.appliedRevisions()).containsExactlyInAnyOrder(revisions.get(0), revisions.get(1), "deadbeef0000");
    }

    @Test
    void aMigrationTheDatabaseRefusesIsOneLineWithoutTheDriversDetail() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        Path second = project.migrations().stream().filter(f -> project.read(f).contains("parents =")).findFirst()
                .orElseThrow();
        project.write(project.dir().relativize(second).toString(), project.read(second).replaceFirst(
                "(public void upgrade\\(Op op\\)[^{]*\\{)", "$1\n        op.execute(\"CREATE TABLE t (id bigint)\");"
                        + "\n        op.execute(\"SELECT no_such_column FROM t\");\n"));
        String url = db.urlWithCredentials();

        Result r = project.run("upgrade", "head", "--url", url);

        refused(r, "upgrade of " + revisions.get(1), "failed while running `SELECT no_such_column FROM t`: column "
                + "\"no_such_column\" does not exist; the migration was rolled back and nothing was changed");
        assertThat(r.err()).doesNotContain("Position", "Hint");
        assertThat(db.appliedRevisions()).containsExactly(revisions.get(0));
        assertThat(db.tables()).containsExactly("autogen_version");
    }

    // ---------------------------------------------------------------- targets and ranges

    @Test
    void targetsTheWrongWayOrMeaninglessForTheVerb() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        String first = revisions.get(0).substring(0, 6);
        String url = db.urlWithCredentials();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        List<String> before = project.files();
        List<String> rows = db.appliedRevisions();
        String[][] cases = {
            {"upgrade head:" + first + " --sql", "the database at head is already past it",
                "use `autogen downgrade head:" + first + " --sql`"},
            {"downgrade " + first + ":head --sql", "it is not applied at " + first,
                "use `autogen upgrade " + first + ":head --sql`"},
            {"upgrade " + first, "the database is already past it", "use `autogen downgrade " + first + "`"},
            {"upgrade -1", "upgrade goes up, and -1 counts down", "use `autogen downgrade -1`"},
            {"downgrade +1", "downgrade goes down, and +1 counts up", "use `autogen upgrade +1`"},
            {"upgrade base", "upgrade base has nothing to apply", "use `autogen downgrade base`"},
            {"downgrade heads", "'heads' names every head", "use a revision id, -N or base"},
            {"stamp +1", "stamp records a revision, and +1 is a count"},
            {"upgrade " + first + ":head", "is a range, which only --sql takes", "`autogen upgrade head`"},
            {"upgrade current:head --sql", "FROM cannot be 'current'", "`autogen current` prints it"},
            {"upgrade :head --sql", "lacks its FROM", "write FROM:TO with both ends"},
            {"upgrade nosuch", "no revision matches 'nosuch'", "see `autogen history`"},
            {"upgrade +5", "only 0 migration(s) left to apply", "`autogen upgrade head` (already there)"},
            {"upgrade head --lock-timeout -1", "--lock-timeout -1 is negative"},
            {"downgrade -3", "only 2 migration(s) applied", "use `autogen downgrade base` to revert them all"},
            {"upgrade heads+1", "'heads' names several revisions", "count from head, base or a revision id"},
        };
        for (String[] c : cases) {
            Result r = project.run(concat(c[0].split(" "), "--url", url));
            refused(r, Arrays.copyOfRange(c, 1, c.length));
            assertThat(r.out()).as(c[0]).doesNotContain("BEGIN", "INSERT", "Running");
        }
        assertThat(project.files()).isEqualTo(before);
        assertThat(db.appliedRevisions()).isEqualTo(rows);
    }

    @Test
    void anAmbiguousPrefixNamesTheCandidates() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> revisions = twoRevisions(project);
        String prefix = revisions.get(0).substring(0, 4);
        String twin = prefix + "ffffffff".substring(0, revisions.get(1).length() - 4);
        Path second = project.migrations().stream().filter(f -> project.read(f).contains("parents =")).findFirst()
                .orElseThrow();
        project.write(project.dir().relativize(second).toString(), project.read(second).replace(revisions.get(1), twin));

        refused(project.run("upgrade", prefix, "--url", db.urlWithCredentials()), "'" + prefix + "' matches several "
                + "revisions (", twin, revisions.get(0), "give more characters");
        assertThat(db.appliedRevisions()).isEmpty();
    }

    // ---------------------------------------------------------------- the lock

    @Test
    void aRunWaitingForTheLockSaysWhoHoldsItAndGivesUpAtTheTimeout() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        twoRevisions(project);
        java.util.Properties props = new java.util.Properties();
        props.setProperty("ApplicationName", "deploy-job");
        RunLock lock = new PostgresDialect().runLock();
        try (Connection holder = java.sql.DriverManager.getConnection(db.urlWithCredentials(), props)) {
            assertThat(lock.acquire(holder, "autogen_version", Duration.ZERO)).isTrue();
            String pid = db.column("SELECT pid FROM pg_stat_activity WHERE application_name = 'deploy-job'").get(0);

            Result r = project.run("upgrade", "head", "--lock-timeout", "1", "--url", db.urlWithCredentials());

            refused(r, "another runner holds the migration lock of this database (pid " + pid + ", deploy-job as user ",
                    "waited 1 s; try again when it is done, or wait longer with --lock-timeout SECONDS");
            assertThat(r.outLines()).first().asString()
                    .startsWith("Waiting for the migration lock, held by pid " + pid + ", deploy-job as user ")
                    .contains(", connected since ").endsWith(" s of 1 s)");
            assertThat(db.tables()).isEmpty();
        }
    }
}
