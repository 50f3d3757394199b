package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/data-migrations.md}, run as written: its entity fields, its backfill's imports and
 * methods (both forms of {@code upgrade()}) are taken from the page, on entities like
 * sample-entities' {@code datamingle_users}, against PostgreSQL.
 */
class CliDataMigrationDocTest extends CliTestBase {

    private static final Path PAGE = Path.of("..", "docs", "data-migrations.md");

    private static String user(String extraMembers) {
        return """
                package com.acme.model;

                import jakarta.persistence.*;

                @Entity(name = "DataMingleUser")
                @Table(name = "datamingle_users")
                public class User {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    @Column(name = "id")
                    private Long id;

                    @Column(name = "first_name", length = 100)
                    private String firstName;

                    @Column(name = "last_name", length = 100)
                    private String lastName;

                """ + extraMembers + "\n}\n";
    }

    /** The page's ```java blocks. */
    private static List<String> javaBlocks() throws Exception {
        Matcher m = Pattern.compile("(?s)```java\n(.*?)```").matcher(Files.readString(PAGE));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String block(List<String> blocks, Predicate<String> which) {
        List<String> matching = blocks.stream().filter(which).toList();
        assertThat(matching).as("blocks of %s", PAGE).hasSize(1);
        return matching.get(0);
    }

    /** The generated empty migration with the page's imports added and its methods as the body. */
    private static String edited(String generated, String imports, String methods) {
        String header = generated.substring(0, generated.indexOf("    @Override"));
        return header.replace("import dev.autogen.api.Revision;\n", "import dev.autogen.api.Revision;\n" + imports)
                + methods + "}\n";
    }

    private static Path migration(TestProject project, String suffix) {
        return project.migrations().stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
    }

    /** {@code what} of the column {@code datamingle_users.full_name} in the catalog. */
    private List<String> fullNameColumn(String what) throws Exception {
        return db.column("SELECT " + what + " FROM information_schema.columns "
                + "WHERE table_name = 'datamingle_users' AND column_name = 'full_name'");
    }

    private List<String> fullNames() throws Exception {
        return db.column("SELECT coalesce(full_name, '<null>') FROM datamingle_users ORDER BY id");
    }

    @Test
    void theBackfillOfThePageRunsAndRevertsAsWritten() throws Exception {
        List<String> blocks = javaBlocks();
        String nullableField = block(blocks, b -> b.contains("private String fullName;") && !b.contains("nullable"));
        String notNullField = block(blocks, b -> b.contains("private String fullName;") && b.contains("nullable = false"));
        String imports = block(blocks, b -> b.lines().allMatch(l -> l.startsWith("import ")));
        String methods = block(blocks, b -> b.contains("executeBatch") && b.contains("public void downgrade"));
        String sqlUpgrade = block(blocks, b -> b.contains("concat_ws"));
        String url = db.urlWithCredentials();
        TestProject project = TestProject.standard(dir, null);
        project.writeEntity("User", user(""));
        project.compileEntities();
        assertThat(project.run("-m", "initial schema", "--url", url).code()).isZero();
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        db.execute("INSERT INTO datamingle_users (first_name, last_name) VALUES ('Ada', 'Lovelace'), ('Grace', NULL), "
                + "(NULL, NULL)");

        // 1. the column, nullable
        project.writeEntity("User", user(nullableField));
        project.compileEntities();
        Result add = project.run("-m", "add full_name", "--url", url);
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(project.read(migration(project, "_add_full_name.java")))
                .contains("op.addColumn(\"datamingle_users\", column(\"full_name\", \"character varying(201)\"));");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();

        // 2. the backfill, by hand
        assertThat(project.run("revision", "-m", "backfill full_name", "--url", url).code()).isZero();
        Path backfill = migration(project, "_backfill_full_name.java");
        String generated = project.read(backfill);
        Files.writeString(backfill, edited(generated, imports, methods));
        Result up = project.run("upgrade", "head", "--url", url);
        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(fullNames()).containsExactly("Ada Lovelace", "Grace", "");

        // 3. NOT NULL
        project.writeEntity("User", user(notNullField));
        project.compileEntities();
        Result notNull = project.run("-m", "full_name not null", "--url", url);
        assertThat(notNull.code()).as(notNull.toString()).isZero();
        assertThat(project.read(migration(project, "_full_name_not_null.java")))
                .contains("op.alterColumn(\"datamingle_users\"").contains(".notNull()");
        assertThat(project.run("upgrade", "head", "--url", url).code()).isZero();
        assertThat(fullNameColumn("is_nullable"))
                .containsExactly("NO");
        assertThat(project.run("check", "--url", url).code()).isZero();

        // going back, one step at a time
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(fullNameColumn("is_nullable"))
                .containsExactly("YES");
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(fullNames()).containsExactly("<null>", "<null>", "<null>");
        assertThat(project.run("downgrade", "-1", "--url", url).code()).isZero();
        assertThat(fullNameColumn("count(*)"))
                .containsExactly("0");

        // the one-statement upgrade of the page does the same
        String jdbcUpgrade = methods.substring(0, methods.indexOf("    @Override", methods.indexOf("@Override") + 1));
        Files.writeString(backfill, edited(generated, imports, methods.replace(jdbcUpgrade, sqlUpgrade + "\n")));
        Result again = project.run("upgrade", "head-1", "--url", url);
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(fullNames()).containsExactly("Ada Lovelace", "Grace", "");
        assertThat(project.run("downgrade", "head-3", "--url", url).code()).isZero();
        assertThat(db.appliedRevisions()).hasSize(1);
    }
}
