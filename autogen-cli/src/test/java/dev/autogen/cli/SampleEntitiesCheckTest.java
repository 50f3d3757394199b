package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code autogen -C sample-entities check}, as CI would run it: the committed migrations of the
 * sample produce exactly the schema its entities want, checked on a throwaway embedded PostgreSQL.
 */
class SampleEntitiesCheckTest {

    @Test
    void theSamplesMigrationsMatchItsEntities() {
        Path sample = Path.of("..", "sample-entities").toAbsolutePath().normalize();
        assertThat(sample.resolve("target/classes/com/example/ashby")).isDirectory();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"-C", sample.toString(), "check"}, Path.of("").toAbsolutePath(),
                Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(err.toString()).isEmpty();
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("No changes detected");
    }

    @Test
    void theSampleHasItsGeneratedMigrationsCommitted() throws Exception {
        Path migrations = Path.of("..", "sample-entities", "src/main/java/com/example/migrations");
        try (var files = Files.list(migrations)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("M\\d{8}_\\d{6}_.*\\.java")))
                    .isNotEmpty();
        }
    }
}
