package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen init}: writes a commented {@code autogen.toml} and the migrations directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write autogen.toml (every key explained) and create the migrations directory.",
        footer = {"", "Example:", "  autogen init --entities com.acme.model --migrations com.acme.migrations"})
final class InitCommand extends Verb {

    @Option(names = "--entities", paramLabel = "PACKAGE", defaultValue = "com.example.model",
            description = "Package holding the @Entity classes (default: ${DEFAULT-VALUE}).")
    String entitiesPackage;

    @Option(names = "--migrations", paramLabel = "PACKAGE", defaultValue = "com.example.migrations",
            description = "Java package of the migrations (default: ${DEFAULT-VALUE}).")
    String migrationsPackage;

    @Override
    int run(Context context) throws IOException {
        Path file = context.configFile();
        if (Files.exists(file)) {
            throw new AutogenException(context.show(file) + " already exists; edit it, or remove it to start over");
        }
        String directory = "src/main/java/" + migrationsPackage.replace('.', '/');
        String text = template()
                .replace("{{entities_package}}", entitiesPackage)
                .replace("{{migrations_directory}}", directory)
                .replace("{{migrations_package}}", migrationsPackage);
        Path migrations = file.toAbsolutePath().getParent().resolve(directory);
        Files.createDirectories(migrations);
        AtomicFile.write(file, text, false);
        context.out().println("Writing " + context.show(file) + " ... done");
        context.out().println("Creating directory " + context.show(migrations) + " ... done");
        context.out().println("Next: compile your entities, then run `autogen -m \"initial schema\"`");
        return 0;
    }

    private static String template() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("/templates/" + AutogenConfig.FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the autogen.toml template is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
