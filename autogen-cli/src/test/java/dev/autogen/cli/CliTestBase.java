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

/** What the command-line tests share: a fresh database per test, a project directory, assertions. */
abstract class CliTestBase {

    static final String ARCHIVED_AT = """
                @Column(name = "archived_at")
                private java.time.Instant archivedAt;
            """;

    @TempDir
    Path dir;

    TestDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.create();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    // ---------------------------------------------------------------- helpers

    static void assertOneCleanError(Result r) {
        assertThat(r.code()).as("exit code of %s", r).isEqualTo(2);
        assertThat(r.errorLines()).as("error lines of %s", r).hasSize(1);
        assertThat(r.errLines()).as("stderr of %s", r).hasSize(1);
        assertThat(r.err()).doesNotContain("at dev.autogen", "Exception", "\tat ");
    }

    static String revisionId(String source) {
        Matcher m = Pattern.compile("(?m)^\\s+id = \"(\\w+)\"").matcher(source);
        assertThat(m.find()).as("@Revision id in %s", source).isTrue();
        return m.group(1);
    }

    /** The body of {@code upgrade} or {@code downgrade}. */
    static String section(String source, String method) {
        int start = source.indexOf("public void " + method + "(");
        assertThat(start).as("method %s", method).isNotNegative();
        int next = source.indexOf("public void ", start + 1);
        return next < 0 ? source.substring(start) : source.substring(start, next);
    }

    static String javadoc(String source) {
        int start = source.indexOf("/**");
        int end = source.indexOf("*/", start);
        assertThat(start).isNotNegative();
        return source.substring(start, end);
    }

    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in text");
    }

    static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static void deleteTree(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
