package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import dev.autogen.config.AutogenConfig;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.NewMigration;
import dev.autogen.workflow.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code autogen -m MSG --concurrently} and {@code [migrations] concurrent_indexes}: new indexes on
 * existing tables built {@code CONCURRENTLY} in a non-transactional migration, on real PostgreSQL.
 */
class CliConcurrentIndexTest extends CliTestBase {

    private static void writeInterview(TestProject project, String indexes, String members) {
        project.writeEntity("Interview", """
                package com.acme.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "interviews", indexes = {%s})
                public class Interview {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 200)
                    private String title;
                %s
                }
                """.formatted(indexes, members));
        project.compileEntities();
    }

    private static Path newest(TestProject project, List<Path> before, int index) {
        List<Path> added = new ArrayList<>(project.migrations());
        added.removeAll(before);
        return added.get(index);
    }

    @Test
    void indexesOnExistingTablesAreBuiltConcurrentlyOutsideATransaction() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        db.execute("INSERT INTO interviews (title) VALUES ('screening'), ('onsite')");

        // only an index: one migration, not transactional
        writeInterview(project, "@Index(name = \"ix_interviews_title\", columnList = \"title\")", "");
        List<Path> before = project.migrations();
        Result onlyIndex = project.run("-m", "index titles", "--concurrently", "--url", url);

        assertThat(onlyIndex.code()).as(onlyIndex.toString()).isZero();
        assertThat(project.migrations()).hasSize(before.size() + 1);
        String indexOnly = project.read(newest(project, before, 0));
        assertThat(indexOnly).contains("        transactional = false\n)")
                .contains("op.createIndexConcurrently(\"interviews\", index(\"ix_interviews_title\", \"title\"));")
                .contains("op.dropIndexConcurrently(\"interviews\", index(\"ix_interviews_title\", \"title\"));")
                .contains("<p>Not transactional");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).contains(revisionId(indexOnly));
        assertThat(validIndexes()).containsExactly("ix_interviews_title valid");

        // a column and an index on it, with the setting in autogen.toml: two migrations
        project.write("autogen.toml", project.read(project.configFile()).replace(
                "package = \"com.acme.migrations\"\n", "package = \"com.acme.migrations\"\nconcurrent_indexes = true\n"));
        writeInterview(project, "@Index(name = \"ix_interviews_title\", columnList = \"title\"), "
                + "@Index(name = \"ix_interviews_archived_at\", columnList = \"archived_at\")", ARCHIVED_AT);
        assertThat(generatedTwice(project, url)).as("same inputs, same bytes").satisfies(twice ->
                assertThat(twice.get(0)).isEqualTo(twice.get(1)));
        before = project.migrations();
        Result split = project.run("-m", "archive interviews", "--url", url);

        assertThat(split.code()).as(split.toString()).isZero();
        assertThat(split.outLines()).filteredOn(l -> l.startsWith("Generating ")).hasSize(2);
        String first = project.read(newest(project, before, 0));
        String second = project.read(newest(project, before, 1));
        assertThat(first).contains("op.addColumn(\"interviews\"").doesNotContain("Index")
                .doesNotContain("transactional");
        assertThat(second).contains("parents = \"" + revisionId(first) + "\"")
                .contains("message = \"archive interviews (concurrent indexes)\"")
                .contains("transactional = false")
                .contains("op.createIndexConcurrently(\"interviews\", index(\"ix_interviews_archived_at\", \"archived_at\"));")
                .doesNotContain("addColumn");

        Result sql = project.run("upgrade", revisionId(indexOnly) + ":head", "--sql");
        String indexesSql = sql.out().substring(sql.out().indexOf("-- upgrade " + revisionId(second)));
        assertThat(indexesSql).startsWith("-- upgrade " + revisionId(second)).doesNotContain("BEGIN;")
                .contains("DROP INDEX CONCURRENTLY IF EXISTS ix_interviews_archived_at;\n"
                        + "CREATE INDEX CONCURRENTLY ix_interviews_archived_at ON interviews (archived_at);\n");

        Result up = project.run("upgrade", "head", "--url", url);
        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(db.appliedRevisions()).contains(revisionId(first), revisionId(second));
        assertThat(validIndexes()).containsExactly("ix_interviews_archived_at valid", "ix_interviews_title valid");
        assertThat(project.run("check", "--url", url).code()).isZero();

        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(validIndexes()).containsExactly("ix_interviews_title valid");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE column_name = 'archived_at'"))
                .containsExactly("1");
        assertThat(project.run("downgrade", "-2", "--url", url).code()).isZero();
        assertThat(validIndexes()).isEmpty();
        assertThat(db.appliedRevisions()).hasSize(1);
    }

    /** What autogenerate would write, twice from the same inputs and the same new revision. */
    private List<String> generatedTwice(TestProject project, String url) {
        NewMigration migration = new NewMigration("3f2a9c1b7d0e", List.of(), Instant.parse("2026-11-22T23:10:00Z"),
                "archive interviews");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (Project p = new Project(AutogenConfig.load(project.configFile(), project.environment()),
                    Optional.of(url)); Autogenerate autogenerate = new Autogenerate(p)) {
                out.add(autogenerate.generate(autogenerate.compare(), migration, true).stream()
                        .map(Autogenerate.Generated::source).reduce("", String::concat));
            }
        }
        assertThat(out.get(0)).contains("transactional = false");
        return out;
    }

    /** The indexes on {@code interviews} other than its primary key, with whether PostgreSQL can use them. */
    private List<String> validIndexes() throws Exception {
        return db.column("SELECT c.relname || CASE WHEN i.indisvalid THEN ' valid' ELSE ' INVALID' END "
                + "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE i.indrelid = 'interviews'::regclass AND NOT i.indisprimary ORDER BY c.relname");
    }
}
