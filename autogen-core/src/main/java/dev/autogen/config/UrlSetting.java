package dev.autogen.config;

import dev.autogen.AutogenException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A database URL as one setting gave it ({@code --url}, {@code AUTOGEN_DATABASE_URL},
 * {@code [database] url}, ...), with the setting's name for messages. Given means given: an
 * empty or blank value is an error that names the setting, never "no URL".
 *
 * @param value   the text as given (secret: never shown)
 * @param source  the setting, as messages name it: {@code --url}, {@code autogen.toml [database] url (from ${DB_URL})}
 * @param ifEmpty what to do when the value is empty
 */
public record UrlSetting(String value, String source, String ifEmpty) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public UrlSetting {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ifEmpty, "ifEmpty");
    }

    /** A front end's option ({@code --url}, the Maven plugin's {@code url}); {@code without}: what counts when it is left out. */
    public static UrlSetting option(String name, String value, String without) {
        return new UrlSetting(value, name, "give a database URL (" + UrlParser.FORMS.substring("write ".length())
                + "), or leave " + name + " out to use " + without);
    }

    /** An environment variable; {@code without}: what counts when it is unset. */
    public static UrlSetting variable(String name, String value, String without) {
        return new UrlSetting(value, name, "set it to a database URL (" + UrlParser.FORMS.substring("write ".length())
                + "), or unset it to use " + without);
    }

    /** A URL a program gave (a test, the library's {@code url(...)}), with no setting of its own. */
    public static UrlSetting given(String value) {
        return new UrlSetting(value, "the database URL", "give a database URL");
    }

    /** {@code [database] url} of {@code file}, whose text before {@code ${VAR}} expansion was {@code raw}. */
    static UrlSetting configFile(String file, String raw, String value) {
        List<String> variables = VARIABLE.matcher(raw).results().map(m -> m.group(1)).distinct().toList();
        String from = variables.isEmpty() ? ""
                : variables.stream().map(v -> "${" + v + "}").collect(Collectors.joining(", ", " (from ", ")"));
        String fix = variables.isEmpty() ? "set it to a database URL"
                : "set " + String.join(" and ", variables) + " to a database URL";
        return new UrlSetting(value, file + " [database] url" + from,
                fix + ", or remove the line to use the embedded PostgreSQL");
    }

    /** The URL, read completely; an error naming {@link #source()} when it is empty or cannot be read. */
    public DatabaseUrl parse() {
        if (value.isBlank()) {
            throw new AutogenException(source + " is empty; " + ifEmpty);
        }
        return DatabaseUrl.parse(value, source);
    }

    /** Never the value: it may hold a password. */
    @Override
    public String toString() {
        return "UrlSetting[" + source + "]";
    }
}
