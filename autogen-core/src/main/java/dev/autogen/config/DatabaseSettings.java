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
                DevDatabase.parse(devDatabase(toml)));
    }

    /** {@code embedded} or {@code testcontainers:IMAGE} with IMAGE a Docker image reference, else an error. */
    private static String devDatabase(TomlTable toml) {
        String value = toml.string("database.dev_database");
        if (value == null || value.strip().equals("embedded")) {
            return value;
        }
        String text = value.strip();
        ConfigSchema.Key key = ConfigSchema.declared("database.dev_database");
        if (!text.startsWith(TESTCONTAINERS)) {
            throw toml.error(key, "= \"" + toml.shown(value) + "\" is unknown; "
                    + DidYouMean.closest(text, java.util.List.of("embedded")).map(c -> "did you mean \"" + c + "\"? ")
                            .orElse("") + "use \"embedded\" (the default) or \"testcontainers:IMAGE\", "
                    + "e.g. \"testcontainers:postgres:17\"");
        }
        String image = text.substring(TESTCONTAINERS.length());
        if (!IMAGE.matcher(image).matches()) {
            throw toml.error(key, "= \"" + toml.shown(value) + "\" does not name a Docker image after \"testcontainers:\"; "
                    + "write e.g. \"testcontainers:postgres:17\" or \"testcontainers:postgis/postgis:17-3.5\"");
        }
        return text;
    }

    private static final String TESTCONTAINERS = "testcontainers:";

    /** A Docker image reference: {@code [host[:port]/]name[/name...][:tag][@digest]}, names in lower case. */
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile(
            "(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
            + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z0-9_+.-]+:[0-9a-fA-F]{32,})?");

    public DatabaseSettings withUrl(Optional<String> value) {
        return new DatabaseSettings(value, devDatabase);
    }
}
