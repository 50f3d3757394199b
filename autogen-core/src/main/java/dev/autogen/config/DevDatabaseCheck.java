package dev.autogen.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code [database] dev_database} checked before it is used: {@code embedded}, or
 * {@code testcontainers:IMAGE} with IMAGE a Docker image reference; anything else is an error
 * naming the file and the line, with the closest value.
 */
final class DevDatabaseCheck {

    private static final String TESTCONTAINERS = "testcontainers:";

    /** A Docker image reference: {@code [host[:port]/]name[/name...][:tag][@digest]}, names in lower case. */
    private static final Pattern IMAGE = Pattern.compile(
            "(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
            + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z0-9_+.-]+:[0-9a-fA-F]{32,})?");

    private DevDatabaseCheck() {
    }

    /** The value of {@code dev_database} (null when absent), once it is known to be one autogen reads. */
    static String read(TomlTable toml) {
        String value = toml.string("database.dev_database");
        if (value == null || value.strip().equals("embedded")) {
            return value;
        }
        String text = value.strip();
        ConfigSchema.Key key = ConfigSchema.declared("database.dev_database");
        if (!text.startsWith(TESTCONTAINERS)) {
            throw toml.error(key, "= \"" + toml.shown(value) + "\" is unknown; "
                    + DidYouMean.closest(text, List.of("embedded")).map(c -> "did you mean \"" + c + "\"? ").orElse("")
                    + "use \"embedded\" (the default) or \"testcontainers:IMAGE\", e.g. \"testcontainers:postgres:17\"");
        }
        if (!IMAGE.matcher(text.substring(TESTCONTAINERS.length())).matches()) {
            throw toml.error(key, "= \"" + toml.shown(value) + "\" does not name a Docker image after "
                    + "\"testcontainers:\"; write e.g. \"testcontainers:postgres:17\" or "
                    + "\"testcontainers:postgis/postgis:17-3.5\"");
        }
        return text;
    }
}
