package dev.autogen.workflow;

import dev.autogen.config.AutogenConfig;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database that another tool built, the way it builds one: the statements of a SQL script
 * (a Flyway migration, a Liquibase formatted-SQL changelog, a hand-written schema.sql) run one by
 * one, and the project that adopts it.
 */
final class AdoptedDatabase {

    private AdoptedDatabase() {
    }

    /** Runs the script {@code adoption/NAME} of the test resources on the database. */
    static void build(TestDatabase db, String name) {
        try {
            db.execute(statements(script(name)).toArray(String[]::new));
        } catch (SQLException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    static String script(String name) {
        try (InputStream in = AdoptedDatabase.class.getResourceAsStream("/adoption/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource adoption/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: split at a {@code ;} that ends a line, comment lines left out. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /**
     * A project in {@code dir} whose {@code autogen.toml} names the database, the extra schemas
     * and the tables to leave to the other tool, with entities under {@code classpath} (none: an
     * empty directory).
     */
    static Project project(Path dir, TestDatabase db, List<String> schemas, List<String> exclude) {
        try {
            Files.createDirectories(dir.resolve("classes"));
            Path toml = Files.writeString(dir.resolve("autogen.toml"), "[database]\nurl = \"" + db.urlWithCredentials()
                    + "\"\n\n[entities]\npackages = [\"com.acme.model\"]\nclasspath = [\"classes\"]\n\n"
                    + "[migrations]\ndirectory = \"migrations\"\npackage = \"com.acme.migrations\"\n\n"
                    + "[schema]\nschemas = " + array(schemas) + "\nexclude = " + array(exclude) + "\n");
            return new Project(AutogenConfig.load(toml, Map.of()), java.util.Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
