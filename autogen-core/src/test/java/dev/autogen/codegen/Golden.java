package dev.autogen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dautogen.golden.update=true} to rewrite them, then read the diff as a reviewer would.
 */
final class Golden {

    private static final Path SOURCE_DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("autogen.golden.update")) {
            try {
                Files.createDirectories(SOURCE_DIRECTORY);
                Files.writeString(SOURCE_DIRECTORY.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("golden/%s (rewrite with -Dautogen.golden.update=true)", name).isEqualTo(read(name));
    }

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new AssertionError("no golden/" + name + "; create it with -Dautogen.golden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
