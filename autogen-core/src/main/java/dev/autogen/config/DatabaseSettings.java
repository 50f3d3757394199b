package dev.autogen.config;

import dev.autogen.embedded.DevDatabase;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code [database]}: the database the verbs talk to (absent: the embedded PostgreSQL), and the kind
 * of throwaway server {@code -m}, {@code check} and {@code drift} replay migrations into. A
 * {@code url} that is present but empty is kept as given: reading it is an error, not "no URL".
 */
public record DatabaseSettings(Optional<UrlSetting> urlSetting, DevDatabase devDatabase) {

    /** No database configured: the embedded PostgreSQL for both. */
    public static final DatabaseSettings EMBEDDED = new DatabaseSettings(Optional.empty(), DevDatabase.EMBEDDED);

    public DatabaseSettings {
        Objects.requireNonNull(urlSetting, "urlSetting");
        devDatabase = devDatabase == null ? DevDatabase.EMBEDDED : devDatabase;
    }

    static DatabaseSettings read(TomlTable toml, boolean withUrl) {
        String value = withUrl ? toml.string("database.url") : null;
        Optional<UrlSetting> url = Optional.ofNullable(value).map(v -> UrlSetting.configFile(
                toml.file().getFileName().toString(), toml.unexpanded("database.url"), v));
        return new DatabaseSettings(url, DevDatabase.parse(DevDatabaseCheck.read(toml)));
    }

    /** The URL's text as given, expanded; empty when the file names none. */
    public Optional<String> url() {
        return urlSetting.map(UrlSetting::value);
    }

    public DatabaseSettings withUrl(Optional<String> value) {
        return new DatabaseSettings(value.map(UrlSetting::given), devDatabase);
    }
}
