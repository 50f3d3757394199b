package dev.autogen.config;

import dev.autogen.config.ConfigSchema.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The values of {@code [migrations]} checked before anything is written: the directory inside
 * the project and not a file, the package a Java package name, the version table a table name.
 */
final class MigrationChecks {

    /** A plain identifier, or {@code schema.table} of two; what PostgreSQL keeps of them is the dialect's to check. */
    private static final Pattern TABLE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*(\\.[\\p{L}_][\\p{L}\\p{N}_$]*)?");

    private static final Key DIRECTORY = ConfigSchema.declared("migrations.directory");
    private static final Key PACKAGE = ConfigSchema.declared("migrations.package");
    private static final Key VERSION_TABLE = ConfigSchema.declared("migrations.version_table");

    private MigrationChecks() {
    }

    static Path directory(TomlTable toml) {
        String written = toml.required("migrations.directory");
        Path directory = toml.resolve(written);
        if (!directory.startsWith(toml.baseDirectory())) {
            throw toml.error(DIRECTORY, "= \"" + toml.shown(written) + "\" is outside the "
                    + "project (the directory of " + toml.file().getFileName() + "); give a path inside it, "
                    + "e.g. directory = \"src/main/java/com/acme/migrations\"");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw toml.error(DIRECTORY, "= \"" + toml.shown(written) + "\" is a file, not a "
                    + "directory; name the directory the migration classes go in, or move the file away");
        }
        return directory;
    }

    static String packageName(TomlTable toml) {
        String name = toml.required("migrations.package").strip();
        if (!SourceVersion.isName(name)) {
            throw toml.error(PACKAGE, "= \"" + toml.shown(name) + "\" is not a Java package "
                    + "name; write dot-separated identifiers that are not keywords, "
                    + "e.g. package = \"com.acme.migrations\"");
        }
        return name;
    }

    static String versionTable(TomlTable toml) {
        String name = toml.string("migrations.version_table");
        if (name != null && !TABLE.matcher(name).matches()) {
            throw toml.error(VERSION_TABLE, "= \"" + toml.shown(name) + "\" is not a table "
                    + "name; write TABLE or SCHEMA.TABLE of letters, digits and _, e.g. version_table = \""
                    + MigrationSettings.DEFAULT_VERSION_TABLE + "\"");
        }
        return name;
    }
}
