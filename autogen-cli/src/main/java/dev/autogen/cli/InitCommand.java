package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;
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
        Path file = context.configFile().toAbsolutePath().normalize();
        Path project = file.getParent();
        String directory = "src/main/java/" + migrationsPackage.replace('.', '/');
        Path migrations = project.resolve(directory);
        check(context, file, migrations);
        String text = template()
                .replace("{{entities_package}}", entitiesPackage)
                .replace("{{migrations_directory}}", directory)
                .replace("{{migrations_package}}", migrationsPackage);
        try {
            // a temporary file renamed into place: the user's umask, nothing half-written
            AtomicFile.write(file, text, false);
        } catch (IOException e) {
            throw new AutogenException("cannot write " + context.show(file) + " (" + e.getClass().getSimpleName()
                    + "); check the directory's permissions and free space, or pass -C DIR", e);
        }
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new AutogenException("cannot create " + context.show(migrations) + " (" + e.getClass().getSimpleName()
                    + "); check the permissions under " + context.show(project) + ", or pass -C DIR", e);
        }
        context.out().println("Writing " + context.show(file) + " ... done");
        context.out().println("Creating directory " + context.show(migrations) + " ... done");
        context.out().println("Next: compile your entities, then run `autogen -m \"initial schema\"`");
        return 0;
    }

    /** Everything init is given, checked before it writes anything. */
    private void check(Context context, Path file, Path migrations) {
        checkPackage("--entities", entitiesPackage, "com.acme.model");
        checkPackage("--migrations", migrationsPackage, "com.acme.migrations");
        Path project = file.getParent();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new AutogenException(context.show(file) + (Files.isDirectory(file) ? " is a directory; pass "
                    + "--config FILE naming the file to write" : " already exists; edit it, or remove it to start over"));
        }
        if (!Files.isDirectory(project)) {
            throw new AutogenException("directory " + context.show(project) + " does not exist; create it first, or "
                    + "pass -C DIR naming the project's directory");
        }
        if (!Files.isWritable(project)) {
            throw new AutogenException("cannot write in " + context.show(project) + " (permission denied); run init "
                    + "in a directory you can write to, or pass -C DIR");
        }
        for (Path p = migrations; p != null && p.startsWith(project) && !p.equals(project); p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new AutogenException(context.show(p) + " is a file where the migrations directory "
                        + context.show(migrations) + " goes; move it away, or choose another --migrations package");
            }
        }
    }

    private static void checkPackage(String option, String name, String example) {
        if (!SourceVersion.isName(name)) {
            throw new AutogenException(option + " \"" + name + "\" is not a Java package name; write dot-separated "
                    + "identifiers that are not Java keywords, e.g. " + option + " " + example);
        }
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
