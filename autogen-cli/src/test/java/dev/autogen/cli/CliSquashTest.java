package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code autogen squash} on real PostgreSQL: a chain m1 (initial schema) → m2 (add archived_at) →
 * m3 (drop archived_at, add notes) → m4 (add room), folded, and databases before, inside, at the
 * end of and after the old chain.
 */
class CliSquashTest extends CliTestBase {

    private static final String NOTES = """
                @Column(name = "notes")
                private String notes;
            """;
    private static final String ROOM = """
                @Column(name = "room", length = 40)
                private String room;
            """;

    /** Generates and applies a migration for Interview with {@code members}; returns its revision. */
    private String generate(TestProject project, String url, String members, String message) {
        project.writeInterview(members);
        project.compileEntities();
        Result generated = project.run("-m", message, "--url", url);
        assertThat(generated.code()).as(generated.toString()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        return revisionId(project.read(file(project, message)));
    }

    private static Path file(TestProject project, String message) {
        return project.migrations().stream()
                .filter(p -> p.getFileName().toString().endsWith("_" + message.replace(' ', '_') + ".java"))
                .findFirst().orElseThrow();
    }

    /** The chain m1..m4, applied to {@code db}. */
    private List<String> chain(TestProject project) {
        String url = db.urlWithCredentials();
        List<String> ids = new ArrayList<>();
        ids.add(generate(project, url, "", "initial schema"));
        ids.add(generate(project, url, ARCHIVED_AT, "add archived_at"));
        ids.add(generate(project, url, NOTES, "notes instead of archived_at"));
        ids.add(generate(project, url, NOTES + ROOM, "add room"));
        return ids;
    }

    /** Columns, constraints and indexes of the public schema, without the version table. */
    private static List<String> schema(TestDatabase database) throws Exception {
        List<String> out = new ArrayList<>(database.column("SELECT table_name || '.' || column_name || ' ' || "
                + "data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '-') || ' ' "
                + "|| coalesce(column_default, '-') FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name <> 'autogen_version' ORDER BY 1"));
        out.addAll(database.column("SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                + "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                + "AND conrelid <> 'autogen_version'::regclass ORDER BY 1"));
        out.addAll(database.column("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
                + "AND tablename <> 'autogen_version' ORDER BY 1"));
        return out;
    }

    private Path squashFile(TestProject project, String message) {
        return file(project, message);
    }

    @Test
    void foldsTheChainAndDatabasesBeforeInsideAndAtTheEndOfItKeepUpgrading() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> ids = chain(project);
        String atEnd = db.urlWithCredentials();
        List<String> expected = schema(db);
        assertThat(expected).anyMatch(c -> c.startsWith("interviews.notes ")).noneMatch(c -> c.contains("archived_at"));
        try (TestDatabase before = TestDatabases.create(); TestDatabase inside = TestDatabases.create();
             TestDatabase fresh = TestDatabases.create()) {
            assertThat(project.run("upgrade", ids.get(0), "--url", before.urlWithCredentials()).code()).isZero();
            assertThat(project.run("upgrade", ids.get(1), "--url", inside.urlWithCredentials()).code()).isZero();

            Result squash = project.run("squash", ids.get(1) + ":head", "-m", "interviews squashed");

            assertThat(squash.code()).as(squash.toString()).isZero();
            assertThat(squash.out()).contains("Squashing 3 migrations, " + ids.get(1) + " to " + ids.get(3))
                    .contains("Folded into add column 'interviews.notes'").contains("Generating ");
            assertThat(project.migrations()).hasSize(5);
            String source = project.read(squashFile(project, "interviews squashed"));
            String squashId = revisionId(source);
            assertThat(source).contains("parents = \"" + ids.get(0) + "\"")
                    .contains("replaces = {\"" + ids.get(1) + "\", \"" + ids.get(2) + "\", \"" + ids.get(3) + "\"}")
                    .doesNotContain("archived_at");
            assertThat(section(source, "upgrade")).contains("op.addColumn(\"interviews\", column(\"notes\"")
                    .contains("op.addColumn(\"interviews\", column(\"room\"");
            assertThat(section(source, "downgrade")).contains("op.dropColumn(\"interviews\", column(\"notes\"")
                    .contains("op.dropColumn(\"interviews\", column(\"room\"");
            assertThat(project.run("heads").outLines()).containsExactly(squashId + " (head), interviews squashed");
            assertThat(project.run("show", squashId).out()).contains("Replaces: " + String.join(", ", ids.subList(1, 4)));
            assertThat(project.run("show", ids.get(2)).out()).contains("Squashed into " + squashId);
            String upgradeSql = project.run("upgrade", "base:head", "--sql").out();
            assertThat(upgradeSql).contains("-- upgrade " + squashId + ": interviews squashed")
                    .doesNotContain("-- upgrade " + ids.get(2)).doesNotContain("archived_at");
            String downgradeSql = project.run("downgrade", squashId + ":base", "--sql").out();
            for (String row : List.of(squashId, ids.get(1), ids.get(2), ids.get(3), ids.get(0))) {
                assertThat(downgradeSql).contains("DELETE FROM autogen_version WHERE revision = '" + row + "'");
            }
            assertThat(project.run("history").outLines()).containsExactly(
                    ids.get(0) + " -> " + squashId + " (head), interviews squashed",
                    "<base> -> " + ids.get(0) + ", initial schema");

            // At the end of the old chain: already at the squash.
            assertThat(project.run("current", "--url", atEnd).out()).startsWith(squashId + " (head)");
            assertThat(project.run("upgrade", "head", "--url", atEnd).out()).startsWith("Nothing to apply");
            assertThat(db.appliedRevisions()).containsExactlyInAnyOrderElementsOf(ids);

            // Inside the old chain: finishes it with the old migrations.
            assertThat(project.run("current", "--url", inside.urlWithCredentials()).out()).startsWith(ids.get(1));
            Result finish = project.run("upgrade", "head", "--url", inside.urlWithCredentials());
            assertThat(finish.code()).as(finish.toString()).isZero();
            assertThat(finish.out()).contains(ids.get(2)).contains(ids.get(3)).doesNotContain(squashId);
            assertThat(inside.appliedRevisions()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(schema(inside)).isEqualTo(expected);
            assertThat(project.run("current", "--url", inside.urlWithCredentials()).out())
                    .startsWith(squashId + " (head)");

            // Before the chain, and a new database: the squash only.
            for (TestDatabase database : List.of(before, fresh)) {
                Result upgrade = project.run("upgrade", "head", "--url", database.urlWithCredentials());
                assertThat(upgrade.code()).as(upgrade.toString()).isZero();
                assertThat(database.appliedRevisions()).containsExactlyInAnyOrder(ids.get(0), squashId);
                assertThat(schema(database)).isEqualTo(expected);
            }
            assertThat(project.run("downgrade", "base", "--url", fresh.urlWithCredentials()).code()).isZero();
            assertThat(fresh.tables()).containsExactly("autogen_version");
            assertThat(fresh.appliedRevisions()).isEmpty();
        }

        // Past the squash to base on the database that ran the old chain: its rows go with the squash.
        Result down = project.run("downgrade", "base", "--url", atEnd);
        assertThat(down.code()).as(down.toString()).isZero();
        assertThat(db.tables()).containsExactly("autogen_version");
        assertThat(db.appliedRevisions()).isEmpty();
    }

    @Test
    void childrenOfTheChainFollowTheSquashOnceTheOldFilesAreDeleted() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        List<String> ids = chain(project);
        List<String> expected = schema(db);
        try (TestDatabase inside = TestDatabases.create(); TestDatabase fresh = TestDatabases.create()) {
            assertThat(project.run("upgrade", ids.get(1), "--url", inside.urlWithCredentials()).code()).isZero();
            Result squash = project.run("squash", "base:" + ids.get(2), "-m", "initial squashed");
            assertThat(squash.code()).as(squash.toString()).isZero();
            String source = project.read(squashFile(project, "initial squashed"));
            String squashId = revisionId(source);
            assertThat(source).doesNotContain("parents =").doesNotContain("archived_at");
            assertThat(section(source, "upgrade")).contains("op.createTable(\"interviews\"", "column(\"notes\"");

            for (String old : List.of("initial schema", "add archived_at", "notes instead of archived_at")) {
                Files.delete(file(project, old));
            }

            assertThat(project.run("heads").outLines()).containsExactly(ids.get(3) + " (head), add room");
            assertThat(project.run("history").outLines()).containsExactly(
                    squashId + " -> " + ids.get(3) + " (head), add room", "<base> -> " + squashId + ", initial squashed");
            String atEnd = db.urlWithCredentials();
            assertThat(project.run("current", "--url", atEnd).out()).startsWith(ids.get(3) + " (head)");
            assertThat(project.run("upgrade", "head", "--url", atEnd).out()).startsWith("Nothing to apply");

            assertThat(project.run("upgrade", "head", "--url", fresh.urlWithCredentials()).code()).isZero();
            assertThat(fresh.appliedRevisions()).containsExactlyInAnyOrder(squashId, ids.get(3));
            assertThat(schema(fresh)).isEqualTo(expected);

            Result stranded = project.run("upgrade", "head", "--url", inside.urlWithCredentials());
            assertOneCleanError(stranded);
            assertThat(stranded.err()).contains("in the middle of the chain squashed into " + squashId)
                    .contains("restore them from version control");

            Result down = project.run("downgrade", "base", "--url", atEnd);
            assertThat(down.code()).as(down.toString()).isZero();
            assertThat(db.appliedRevisions()).isEmpty();
            assertThat(db.tables()).containsExactly("autogen_version");
        }
    }

    /** A table the filter leaves to other tools, made by a hand-written migration in the chain, is kept. */
    @Test
    void keepsWhatTheChainMadeOutsideTheFilter() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        project.write("autogen.toml", project.read(project.configFile()) + "\n[schema]\nexclude = [\"legacy_*\"]\n");
        String url = db.urlWithCredentials();
        generate(project, url, "", "initial schema");
        assertThat(project.run("revision", "-m", "legacy audit", "--url", url).code()).isZero();
        Path audit = file(project, "legacy audit");
        String text = project.read(audit);
        project.write(project.dir().relativize(audit).toString(), text
                .replaceFirst("(public void upgrade\\(Op op\\) throws Exception \\{\\n)",
                        "$1        op.createTable(\"legacy_audit\", column(\"id\", \"bigint\").notNull());\n")
                .replaceFirst("(public void downgrade\\(Op op\\) throws Exception \\{\\n)",
                        "$1        op.dropTable(\"legacy_audit\", column(\"id\", \"bigint\").notNull());\n"));
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        generate(project, url, ARCHIVED_AT, "add archived_at");

        Result squash = project.run("squash", "base:head", "-m", "all of it");

        assertThat(squash.code()).as(squash.toString()).isZero();
        assertThat(section(project.read(file(project, "all of it")), "upgrade"))
                .contains("op.createTable(\"legacy_audit\"", "column(\"archived_at\"");
        try (TestDatabase fresh = TestDatabases.create()) {
            assertThat(project.run("upgrade", "head", "--url", fresh.urlWithCredentials()).code()).isZero();
            assertThat(fresh.tables()).containsExactly("autogen_version", "candidates", "interviews", "legacy_audit");
            assertThat(schema(fresh)).isEqualTo(schema(db));
        }
    }

    @Test
    void refusesARangeWithADataMigration() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        String first = generate(project, url, "", "initial schema");
        assertThat(project.run("revision", "-m", "upper titles", "--url", url).code()).isZero();
        Path backfill = file(project, "upper titles");
        String text = project.read(backfill);
        project.write(project.dir().relativize(backfill).toString(), text.replaceFirst(
                "(public void upgrade\\(Op op\\) throws Exception \\{\\n)",
                "$1        op.execute(\"UPDATE interviews SET title = upper(title)\");\n"));
        String backfillId = revisionId(text);
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        generate(project, url, ARCHIVED_AT, "add archived_at");
        List<String> files = project.files();

        Result refused = project.run("squash", "base:head", "-m", "everything");

        assertOneCleanError(refused);
        assertThat(refused.err()).contains("cannot squash base:head: " + backfillId + " (upper titles) changes data")
                .contains("squash the chains before and after it");
        assertThat(project.files()).isEqualTo(files);
        assertThat(first).isNotEqualTo(backfillId);
    }

    @Test
    void badRangesGiveOneCleanError() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        String m1 = generate(project, url, "", "initial schema");
        String m2 = generate(project, url, ARCHIVED_AT, "add archived_at");
        List<String> files = project.files();

        String[][] cases = {
                {m1, "write the range as FROM:TO"},
                {"zzzz:head", "no revision matches 'zzzz'"},
                {m2 + ":" + m1, m1 + " does not descend from " + m2},
                {m2 + ":" + m2, "nothing to squash: " + m2 + ":" + m2 + " holds one migration"},
        };
        for (String[] c : cases) {
            Result r = project.run("squash", c[0], "-m", "x");
            assertOneCleanError(r);
            assertThat(r.err()).contains(c[1]);
        }
        Result noMessage = project.run("squash", "base:head");
        assertThat(noMessage.code()).isEqualTo(2);
        assertThat(noMessage.errorLines()).containsExactly("error: Missing required option: '--message=MSG'");
        assertThat(project.files()).isEqualTo(files);
    }

    @Test
    void refusesABranchLeavingTheRangeAndARangeAcrossAMerge() throws Exception {
        TestProject project = TestProject.standard(dir, null);
        String url = db.urlWithCredentials();
        String root = generate(project, url, "", "initial schema");
        String left = generate(project, url, ARCHIVED_AT, "left");
        assertThat(project.run("revision", "-m", "right", "--url", url).code()).isZero();
        Path right = file(project, "right");
        String source = project.read(right);
        project.write(project.dir().relativize(right).toString(), source.replace("parents = \"" + left + "\"",
                "parents = \"" + root + "\""));
        String rightId = revisionId(source);

        Result branch = project.run("squash", "base:" + left, "-m", "x");
        assertOneCleanError(branch);
        assertThat(branch.err()).contains(rightId + " branch(es) off " + root);

        assertThat(project.run("merge", "-m", "join").code()).isZero();
        Result merge = project.run("squash", "base:head", "-m", "x");
        assertOneCleanError(merge);
        assertThat(merge.err()).contains("the range crosses the merge");
    }
}
