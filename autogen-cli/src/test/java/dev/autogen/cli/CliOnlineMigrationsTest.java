package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code autogen -m MSG --safety online} on a table that holds rows, on real PostgreSQL: a lock
 * timeout in every migration, the NOT NULL through a validated check in a migration outside a
 * transaction, applied by {@code upgrade}, clean for {@code check}, reverted by {@code downgrade}.
 */
class CliOnlineMigrationsTest extends CliTestBase {

    @Test
    void aNotNullOnATableWithRowsIsGeneratedOnlineAndApplied() throws Exception {
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        db.execute("INSERT INTO interviews (title) VALUES ('screening'), ('onsite')");
        project.write("autogen.toml", project.read(project.configFile()).replace(
                "package = \"com.acme.migrations\"\n", "package = \"com.acme.migrations\"\nddl_lock_timeout = 3\n"));
        project.writeEntity("Interview", """
                package com.acme.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "interviews", indexes = @Index(name = "ix_interviews_title", columnList = "title"))
                public class Interview {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 200)
                    private String title;
                }
                """);
        project.compileEntities();
        List<Path> before = project.migrations();

        Result generated = project.run("-m", "index titles", "--safety", "online", "--url", url);

        assertThat(generated.code()).as(generated.toString()).isZero();
        List<Path> added = new ArrayList<>(project.migrations());
        added.removeAll(before);
        assertThat(added).hasSize(1);
        String source = project.read(added.get(0));
        assertThat(source).contains("transactional = false")
                .contains("op.lockTimeout(Duration.ofSeconds(3));")
                .contains("op.createIndexConcurrently(\"interviews\", index(\"ix_interviews_title\", \"title\"));");
        Result sql = project.run("upgrade", revisionId(project.read(before.get(0))) + ":head", "--sql");
        assertThat(sql.out()).contains("SET lock_timeout = '3s';\n").contains("RESET lock_timeout;\n");

        Result up = project.run("upgrade", "head", "--url", url);
        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(project.run("check", "--url", url).code()).isZero();
        assertThat(db.column("SELECT count(*) FROM interviews")).containsExactly("2");
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(db.column("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_interviews_title'"))
                .containsExactly("0");

        Result bad = project.run("-m", "x", "--safety", "fast", "--url", url);
        assertThat(bad.code()).isEqualTo(2);
    }
}
