package dev.autogen.config;

import dev.autogen.embedded.DevDatabase;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code [database]}: the database the verbs talk to (absent: the embedded PostgreSQL), and the kind
 * of throwaway server {@code -m}, {@code check} and {@code drift} replay migrations into.
 */
public record DatabaseSettings(Optional<String> url, DevDatabase devDatabase) {

    /** No database configured: the embedded PostgreSQL for both. */
    public static final DatabaseSettings EMBEDDED = new DatabaseSettings(Optional.empty(), DevDatabase.EMBEDDED);

    public DatabaseSettings {
        url = Objects.requireNonNull(url, "url").filter(s -> !s.isBlank());
        devDatabase = devDatabase == null ? DevDatabase.EMBEDDED : devDatabase;
    }

    static DatabaseSettings read(TomlTable toml, boolean withUrl) {
        return new DatabaseSettings(withUrl ? Optional.ofNullable(toml.string("database.url")) : Optional.empty(),
                DevDatabase.parse(DevDatabaseCheck.read(toml)));
    }

    public DatabaseSettings withUrl(Optional<String> value) {
        return new DatabaseSettings(value, devDatabase);
    }
}
