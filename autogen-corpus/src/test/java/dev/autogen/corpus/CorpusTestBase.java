package dev.autogen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.corpus.Cli.Result;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every project of the adoption corpus must pass (issue 9): its database built the way the
 * project builds it, from its published jars; {@code check --explain} against it reports exactly the
 * real differences written down in {@code corpus/NAME/expected-differences.txt}; {@code -m} proves,
 * applies and converges on a copy and its downgrade gives back the exact schema; and
 * {@code baseline --from-database} replays to the very differences {@code check} finds live.
 * The project's database is built once per class; each test works on its own copy.
 */
@Tag("corpus")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CorpusTestBase {

    private TestDatabase original;
    private long buildMillis;

    @TempDir
    Path dir;

    abstract CorpusProject project();

    @BeforeAll
    void buildTheProjectsDatabase() throws Exception {
        long start = System.nanoTime();
        original = TestDatabases.create();
        try (URLClassLoader jars = project().classLoader()) {
            project().buildDatabase(original, jars);
        }
        buildMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("corpus " + project().name() + ": database built in " + buildMillis + " ms");
    }

    @AfterAll
    void dropTheProjectsDatabase() {
        if (original != null) {
            original.close();
        }
    }

    // ------------------------------------------------------------------ the four promises

    /** Runs today: the schema builds, autogen loads the entities, and every real difference is found. */
    @Test
    void theProjectsSchemaBuildsAndEveryRealDifferenceIsFound() throws Exception {
        try (LiveDatabase live = copy()) {
            assertThat(tables(live)).as("tables the project's schema created").containsAll(project().someTables());
            writeConfig();

            Result check = Cli.run(dir, "check", "--explain", "--url", live.urlWithCredentials());
            keep("check-explain.txt", check.out());

            assertThat(check.err()).as("stderr of %s", check).doesNotContain("error:");
            assertThat(check.code()).as("exit code of %s", check).isEqualTo(expected().lines().isEmpty() ? 0 : 1);
            assertThat(ExpectedDifferences.differenceLines(check.outLines()))
                    .as("the real differences, in order, among what check printed")
                    .containsSubsequence(expected().outputs());
        }
    }

    /** Nothing but the real differences: any other line is noise, any missing one a miss. */
    @Test
    void checkReportsExactlyTheRealDifferences() throws Exception {
        try (LiveDatabase live = copy()) {
            writeConfig();

            Result check = Cli.run(dir, "check", "--explain", "--url", live.urlWithCredentials());

            assertThat(ExpectedDifferences.differenceLines(check.outLines())).as("check --explain of %s", check)
                    .containsExactlyElementsOf(expected().outputs());
        }
    }

    /** {@code -m} proves its migration on the live database's schema; it applies, converges, and reverts exactly. */
    @Test
    void theProvenMigrationAppliesConvergesAndDowngradesToTheExactSchema() throws Exception {
        try (LiveDatabase live = copy()) {
            writeConfig();
            String url = live.urlWithCredentials();
            List<String> before = snapshot(live);

            Result generate = Cli.run(dir, "-m", "adopt the entities", "--url", url);
            assertThat(generate.code()).as("%s", generate).isZero();
            Result upgrade = Cli.run(dir, "upgrade", "head", "--url", url);
            assertThat(upgrade.code()).as("%s", upgrade).isZero();
            Result check = Cli.run(dir, "check", "--url", url);
            assertThat(check.code()).as("%s", check).isZero();
            Result downgrade = Cli.run(dir, "downgrade", "base", "--url", url);
            assertThat(downgrade.code()).as("%s", downgrade).isZero();

            assertThat(snapshot(live)).as("the schema after upgrade and downgrade").containsExactlyElementsOf(before);
        }
    }

    /** The migration {@code baseline --from-database} writes rebuilds a database that differs from the entities exactly as the live one does. */
    @Test
    void baselineFromTheDatabaseReplaysToTheSameDifferences() throws Exception {
        try (LiveDatabase live = copy()) {
            writeConfig();
            String url = live.urlWithCredentials();
            Result liveCheck = Cli.run(dir, "check", "--explain", "--url", url);
            assertThat(liveCheck.code()).as("%s", liveCheck).isIn(0, 1);

            Result baseline = Cli.run(dir, "baseline", "--from-database", "-m", "the project's schema", "--url", url);
            assertThat(baseline.code()).as("%s", baseline).isZero();
            Result replayed = Cli.run(dir, "check", "--explain");

            assertThat(replayed.err()).as("stderr of %s", replayed).doesNotContain("error:");
            assertThat(ExpectedDifferences.differenceLines(replayed.outLines()))
                    .as("check replayed from the baseline, against check on the live database")
                    .containsExactlyElementsOf(ExpectedDifferences.differenceLines(liveCheck.outLines()));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Keeps what autogen printed under {@code target/corpus-results/NAME/}, for the person updating the expected file. */
    void keep(String file, String text) throws Exception {
        Path results = Path.of(System.getProperty("autogen.corpus.dir", "target/corpus")).resolveSibling("corpus-results")
                .resolve(project().name());
        Files.createDirectories(results);
        Files.writeString(results.resolve(file), text, StandardCharsets.UTF_8);
    }

    ExpectedDifferences expected() {
        return ExpectedDifferences.of(project().name());
    }

    LiveDatabase copy() {
        return LiveDatabase.copyOf(original);
    }

    /** The project's autogen.toml: its jars as the entity classpath, the other tool's tables excluded, no database (each run names one). */
    void writeConfig() throws Exception {
        CorpusProject p = project();
        String toml = "[entities]\n"
                + "packages = " + tomlList(p.entityPackages()) + "\n"
                + "naming = \"" + p.naming() + "\"\n"
                + "classpath = " + tomlList(p.jars().stream().map(Path::toString).toList()) + "\n\n"
                + "[migrations]\n"
                + "directory = \"src/main/java/corpus/migrations\"\n"
                + "package = \"corpus.migrations\"\n\n"
                + "[schema]\n"
                + "exclude = " + tomlList(p.excluded()) + "\n";
        Files.writeString(dir.resolve("autogen.toml"), toml, StandardCharsets.UTF_8);
    }

    private static String tomlList(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\") + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<String> tables(LiveDatabase db) throws Exception {
        try (Connection c = db.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            Set<String> names = new HashSet<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names.stream().sorted().toList();
        }
    }

    private List<String> snapshot(LiveDatabase db) throws Exception {
        Set<String> ignored = new HashSet<>(Set.of("autogen_version"));
        try (Connection c = db.connect()) {
            return CatalogSnapshot.of(c, ignored);
        }
    }
}
