package dev.autogen.config;

import dev.autogen.AutogenException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A database to connect to: a JDBC URL and, separately, the user and password. Accepts JDBC URLs
 * ({@code jdbc:postgresql://host:5432/db?user=u&password=p}) and the {@code postgresql://} form
 * that {@code DATABASE_URL} is usually written in ({@code postgresql://u:p@host:5432/db}).
 * {@link #toString()} never shows the password.
 */
public final class DatabaseUrl {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    private DatabaseUrl(String jdbcUrl, String user, String password) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
    }

    public static DatabaseUrl of(String jdbcUrl, String user, String password) {
        return new DatabaseUrl(jdbcUrl, user, password);
    }

    public static DatabaseUrl parse(String url) {
        String text = url.strip();
        if (text.startsWith("jdbc:")) {
            return new DatabaseUrl(text, null, null);
        }
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return fromUri(text);
        }
        throw new AutogenException("unsupported database URL " + redact(text)
                + "; use jdbc:postgresql://host:port/db or postgresql://user:password@host:port/db");
    }

    private static DatabaseUrl fromUri(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new AutogenException("malformed database URL " + redact(text) + ": " + e.getReason());
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + host + port + path + query, user, password);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    private static final java.util.regex.Pattern DATABASE =
            java.util.regex.Pattern.compile("^(jdbc:[a-z]+://[^/?]*)/([^?]*)(\\?.*)?$");

    /** The database this URL names ({@code shop} in {@code jdbc:postgresql://db:5432/shop}); empty when it names none. */
    public java.util.Optional<String> database() {
        java.util.regex.Matcher m = DATABASE.matcher(jdbcUrl);
        return m.matches() && !m.group(2).isEmpty()
                ? java.util.Optional.of(URLDecoder.decode(m.group(2), StandardCharsets.UTF_8)) : java.util.Optional.empty();
    }

    /** The same server and credentials, another database; unchanged when this URL names no database. */
    public DatabaseUrl withDatabase(String name) {
        java.util.regex.Matcher m = DATABASE.matcher(jdbcUrl);
        if (!m.matches()) {
            return this;
        }
        return new DatabaseUrl(m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3)), user, password);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The URL with any password masked, for messages and logs. */
    @Override
    public String toString() {
        return redact(jdbcUrl) + (user == null ? "" : " as " + user);
    }

    /** Masks passwords in {@code user:pass@} and {@code password=} forms. */
    public static String redact(String url) {
        return url.replaceAll("(//[^/:@]*:)[^@/]*@", "$1***@")
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
