package dev.autogen.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A PostgreSQL database to connect to, read completely from a URL: its hosts and ports, its
 * database, its parameters and, kept apart, its user and password. Reads the libpq form
 * ({@code postgresql://user:password@host:5432/db?sslmode=require}, also {@code postgres://}) and
 * the JDBC form ({@code jdbc:postgresql://host:5432/db?user=u&password=p}), with IPv6
 * ({@code [::1]:5432}) and several hosts ({@code h1:5432,h2:5433}); anything it cannot read
 * completely is an error that names where the URL came from and never shows it.
 * {@link #jdbcUrl()} and {@link #toString()} never hold the password.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s%40cret@db:5432/shop", "--url");
 * url.jdbcUrl();   // jdbc:postgresql://db:5432/shop
 * url.password();  // s@cret
 * }</pre>
 */
public final class DatabaseUrl {

    /** PostgreSQL's port, for hosts given without one. */
    public static final int DEFAULT_PORT = 5432;

    /** A server: a host name, IPv4 or IPv6 address (without brackets), and a port (-1: not given, 5432). */
    public record Host(String name, int port) {

        public Host {
            Objects.requireNonNull(name, "name");
        }

        /** The port to connect to. */
        public int effectivePort() {
            return port < 0 ? DEFAULT_PORT : port;
        }

        @Override
        public String toString() {
            return (name.indexOf(':') >= 0 ? "[" + name + "]" : name) + (port < 0 ? "" : ":" + port);
        }
    }

    /** Parameters whose values are secrets: never in {@link #jdbcUrl()}, masked wherever shown. */
    static final List<String> SECRET_PARAMETERS = List.of("sslpassword");

    private final List<Host> hosts;
    private final String database;
    private final Map<String, String> parameters;
    private final Map<String, String> secretParameters;
    private final String user;
    private final String password;
    private final String source;

    DatabaseUrl(List<Host> hosts, String database, Map<String, String> parameters,
                Map<String, String> secretParameters, String user, String password, String source) {
        this.hosts = List.copyOf(hosts);
        this.database = database;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.secretParameters = Collections.unmodifiableMap(new LinkedHashMap<>(secretParameters));
        this.user = user;
        this.password = password;
        this.source = source;
    }

    /**
     * A URL (either form) with the user and password given apart; a non-null {@code user} or
     * {@code password} replaces the URL's own.
     */
    public static DatabaseUrl of(String jdbcUrl, String user, String password) {
        DatabaseUrl parsed = parse(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), "the JDBC URL");
        return new DatabaseUrl(parsed.hosts, parsed.database, parsed.parameters, parsed.secretParameters,
                user != null ? user : parsed.user, password != null ? password : parsed.password, parsed.source);
    }

    /** {@link #parse(String, String)} of a URL whose origin has no name of its own. */
    public static DatabaseUrl parse(String url) {
        return parse(url, "the database URL");
    }

    /**
     * Reads a URL completely, or fails with one line that names {@code source} ({@code --url},
     * {@code AUTOGEN_DATABASE_URL}, ...), says what is wrong and never shows the value.
     */
    public static DatabaseUrl parse(String url, String source) {
        return new UrlParser(Objects.requireNonNull(url, "url"), Objects.requireNonNull(source, "source")).parse();
    }

    /** The URL to hand pgjdbc, without user, password or other secrets (those are in {@link #connectionProperties()}). */
    public String jdbcUrl() {
        String query = parameters.entrySet().stream()
                .map(e -> PercentCoding.encode(e.getKey()) + "=" + PercentCoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return "jdbc:postgresql://" + hosts.stream().map(Host::toString).collect(Collectors.joining(","))
                + "/" + (database == null ? "" : PercentCoding.encode(database)) + (query.isEmpty() ? "" : "?" + query);
    }

    /** The user, password and secret parameters, for {@code DriverManager.getConnection(jdbcUrl(), properties)}. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        secretParameters.forEach(properties::setProperty);
        return properties;
    }

    public List<Host> hosts() {
        return hosts;
    }

    /** The database this URL names ({@code shop} in {@code jdbc:postgresql://db:5432/shop}); empty when it names none. */
    public Optional<String> database() {
        return Optional.ofNullable(database).filter(name -> !name.isEmpty());
    }

    /** The parameters after {@code ?} but the user, the password and secrets, in their order; libpq names as pgjdbc's. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The same server and credentials, another database. */
    public DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(hosts, Objects.requireNonNull(name, "name"), parameters, secretParameters, user,
                password, source);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Where the URL came from, as messages name it: {@code --url}, {@code AUTOGEN_DATABASE_URL}, ... */
    public String source() {
        return source;
    }

    /** The URL and user, no password: for messages and logs. */
    @Override
    public String toString() {
        return jdbcUrl() + (user == null ? "" : " as " + user);
    }

    /** This URL's secrets (password and secret parameters) masked in a text, and any URL-shaped secret too. */
    public String mask(String text) {
        return SecretMasking.mask(text, secrets(), toString());
    }

    /**
     * An exception chain whose messages show none of this URL's secrets: the chain itself when
     * none does, else copies with the same classes' names and stack traces.
     */
    public Throwable mask(Throwable thrown) {
        return SecretMasking.mask(thrown, secrets(), toString());
    }

    private List<String> secrets() {
        List<String> secrets = new java.util.ArrayList<>(secretParameters.values());
        if (password != null) {
            secrets.add(password);
        }
        return secrets;
    }

    /** Masks passwords in URL-shaped text: {@code user:pass@}, {@code password=} and {@code sslpassword=}. */
    public static String redact(String text) {
        return SecretMasking.redact(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseUrl that && hosts.equals(that.hosts) && Objects.equals(database, that.database)
                && parameters.equals(that.parameters) && secretParameters.equals(that.secretParameters)
                && Objects.equals(user, that.user) && Objects.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hosts, database, parameters, user);
    }
}
