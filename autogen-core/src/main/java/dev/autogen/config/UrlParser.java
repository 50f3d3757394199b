package dev.autogen.config;

import dev.autogen.AutogenException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a database URL into its parts, strictly (RFC 3986 characters, libpq's and pgjdbc's
 * meanings), or fails naming the URL's source and the part that is wrong, never the value.
 * {@code postgresql://} parts are percent-decoded as libpq does; {@code jdbc:postgresql:} parts as
 * pgjdbc does ({@code +} is a space).
 */
final class UrlParser {

    static final String FORMS = "write postgresql://user:password@host:5432/db "
            + "or jdbc:postgresql://host:5432/db?user=...&password=...";
    static final String ENCODE = "percent-encode @ : / ? # % & and spaces in the user and password "
            + "(%40 %3A %2F %3F %23 %25 %26 %20)";
    private static final String SOCKET = "Unix-domain sockets are not supported (pgjdbc connects over TCP); "
            + "give a host, e.g. postgresql://user@localhost:5432/db";
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?\\.?");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Map<String, String> OTHER_DATABASES = Map.of("mysql", "MySQL", "mariadb", "MariaDB",
            "sqlserver", "SQL Server", "oracle", "Oracle", "h2", "H2", "sqlite", "SQLite", "db2", "Db2",
            "redshift", "Redshift", "mongodb", "MongoDB", "hsqldb", "HSQLDB");
    /** libpq's names of parameters that pgjdbc spells otherwise. */
    private static final Map<String, String> LIBPQ_NAMES = Map.of("application_name", "ApplicationName",
            "connect_timeout", "connectTimeout");

    private final String value;
    private final String source;
    private boolean jdbc;

    UrlParser(String value, String source) {
        this.value = value;
        this.source = source;
    }

    DatabaseUrl parse() {
        String text = value.strip();
        if (text.isEmpty()) {
            throw fail("is empty; " + FORMS);
        }
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c))) {
            throw fail("holds a space, line break or control character; " + ENCODE + ", and remove line breaks");
        }
        if (text.indexOf('#') >= 0) {
            throw fail("holds '#', which ends a URL; " + ENCODE);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql:")) {
            jdbc = true;
            rest = text.substring("jdbc:postgresql:".length());
            if (!rest.startsWith("//")) {
                return shortJdbcForm(rest);
            }
            rest = rest.substring(2);
        } else if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            rest = text.substring(text.indexOf("://") + 3);
        } else {
            throw notPostgres(lower);
        }
        int end = indexOfAny(rest, "/?");
        String authority = rest.substring(0, end);
        String after = rest.substring(end);
        int q = after.indexOf('?');
        String path = q < 0 ? after : after.substring(0, q);
        String query = q < 0 ? null : after.substring(q + 1);
        Parts parts = new Parts();
        authority(authority, parts);
        parts.database = database(path);
        query(query, parts);
        return parts.build(source);
    }

    /** {@code jdbc:postgresql:db}: pgjdbc's own short form, localhost:5432. */
    private DatabaseUrl shortJdbcForm(String rest) {
        int q = rest.indexOf('?');
        String name = q < 0 ? rest : rest.substring(0, q);
        if (name.isEmpty() || name.startsWith("/")) {
            throw fail("has no host; write jdbc:postgresql://host:5432/db");
        }
        Parts parts = new Parts();
        parts.hosts.add(new DatabaseUrl.Host("localhost", -1));
        parts.database = database("/" + name);
        query(q < 0 ? null : rest.substring(q + 1), parts);
        return parts.build(source);
    }

    private AutogenException notPostgres(String lower) {
        String scheme = lower.startsWith("jdbc:") ? lower.substring(5) : lower;
        for (Map.Entry<String, String> other : OTHER_DATABASES.entrySet()) {
            if (scheme.startsWith(other.getKey() + ":")) {
                return fail("names a " + other.getValue() + " database; autogen works with PostgreSQL only: " + FORMS);
            }
        }
        if (lower.startsWith("postgresql:") || lower.startsWith("postgres:")) {
            return fail("lacks the // after the scheme; " + FORMS);
        }
        return fail("is not a PostgreSQL URL; " + FORMS);
    }

    // ------------------------------------------------------------ user:password@host:port,host:port

    private void authority(String authority, Parts parts) {
        int at = authority.lastIndexOf('@');
        if (at >= 0 && authority.indexOf('@') != at) {
            throw fail("holds more than one '@' before the host; " + ENCODE);
        }
        String hostList = authority.substring(at + 1);
        if (at >= 0) {
            if (jdbc) {
                throw fail("gives user:password@ in a jdbc:postgresql: URL, which pgjdbc does not read; write "
                        + "jdbc:postgresql://host:5432/db?user=...&password=... or postgresql://user:password@host/db");
            }
            userInfo(authority.substring(0, at), parts);
            if (hostList.isEmpty()) {
                throw fail("has a user but no host; write postgresql://user:password@host:5432/db");
            }
        }
        if (hostList.isEmpty()) {
            throw fail(jdbc ? "has no host; write jdbc:postgresql://host:5432/db" : "has no host: " + SOCKET);
        }
        for (String entry : hostList.split(",", -1)) {
            parts.hosts.add(host(entry));
        }
    }

    private void userInfo(String userInfo, Parts parts) {
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        if (user.isEmpty()) {
            throw fail("has an empty user before " + (colon < 0 ? "'@'" : "':'") + "; write user:password@host");
        }
        parts.user = decoded(checked(user, "!$&'()*+,;=", "the user"), "the user");
        if (colon >= 0) {
            String password = userInfo.substring(colon + 1);
            String decoded = decoded(checked(password, "!$&'()*+,;=:", "the password"), "the password");
            parts.password = decoded.isEmpty() ? null : decoded; // libpq: an empty password is none
        }
    }

    private DatabaseUrl.Host host(String entry) {
        if (entry.isEmpty()) {
            throw fail("has an empty host in its list of hosts; write host1:5432,host2:5432");
        }
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw fail("opens an IPv6 address with '[' and does not close it; write [::1]:5432");
            }
            String address = entry.substring(1, close);
            String after = entry.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw fail("has characters after an IPv6 address's ']'; write [::1]:5432");
            }
            return new DatabaseUrl.Host(ipv6(address), after.isEmpty() ? -1 : port(after.substring(1)));
        }
        if (entry.indexOf('[') >= 0 || entry.indexOf(']') >= 0) {
            throw fail("has a ']' or '[' that does not enclose an IPv6 address; write [::1]:5432, and " + ENCODE);
        }
        int colon = entry.indexOf(':');
        if (colon >= 0 && entry.indexOf(':', colon + 1) >= 0) {
            throw fail("has a host with more than one ':'; write an IPv6 address in brackets ([::1]:5432), and "
                    + ENCODE);
        }
        String name = colon < 0 ? entry : entry.substring(0, colon);
        int port = colon < 0 ? -1 : port(entry.substring(colon + 1));
        if (name.isEmpty()) {
            throw fail("has a port but no host before it; write host:5432");
        }
        if (name.indexOf('%') >= 0) {
            name = decoded(name, "the host");
            if (name.startsWith("/")) {
                throw fail("names a socket directory as its host: " + SOCKET);
            }
        }
        if (!HOST_NAME.matcher(name).matches()) {
            throw fail("has a host that is not a host name or IP address (letters, digits, '.', '-', '_'; IPv6 in "
                    + "brackets); " + ENCODE);
        }
        return new DatabaseUrl.Host(name, port);
    }

    private String ipv6(String address) {
        if (address.isEmpty() || !address.matches("[0-9A-Fa-f:.]+") || address.indexOf(':') < 0) {
            throw fail("has brackets that do not hold an IPv6 address (zone ids like %eth0 are not supported); "
                    + "write [::1]:5432");
        }
        try {
            if (InetAddress.getByName("[" + address + "]") instanceof Inet6Address
                    || address.toLowerCase(Locale.ROOT).startsWith("::ffff:")) {
                return address;
            }
        } catch (UnknownHostException e) {
            // a literal that is not an IPv6 address: below
        }
        throw fail("has brackets that do not hold an IPv6 address; write [::1]:5432");
    }

    private int port(String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw fail("has a port that is not a number from 1 to 65535; write host:5432, and " + ENCODE);
        }
        return Integer.parseInt(text);
    }

    // ------------------------------------------------------------ /database?key=value&...

    private String database(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return null;
        }
        String name = path.substring(1);
        if (name.indexOf('/') >= 0 || name.indexOf('@') >= 0) {
            throw fail("has a '/' or '@' in the database name; percent-encode them there (%2F %40), and " + ENCODE);
        }
        return decoded(checked(name, "!$&'()*+,;=:", "the database name"), "the database name");
    }

    private void query(String query, Parts parts) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw fail("has a query parameter without '='; write ?key=value&key=value, and percent-encode "
                        + "& in values as %26");
            }
            String key = decoded(checked(pair.substring(0, eq), "", "a parameter name"), "a parameter name");
            if (!PARAMETER_NAME.matcher(key).matches()) {
                throw fail("has a query parameter whose name is not a name (letters, digits, '_', '.', '-'); "
                        + "percent-encode & in values as %26");
            }
            String val = decoded(checked(pair.substring(eq + 1), "!$'()*+,;=:@/?", "a parameter value"),
                    "a parameter value");
            if (val.isEmpty()) {
                continue; // as libpq and pgjdbc do: an empty value is no value
            }
            parameter(jdbc ? key : LIBPQ_NAMES.getOrDefault(key, key), val, parts);
        }
    }

    private void parameter(String key, String val, Parts parts) {
        switch (key) {
            case "user" -> parts.user = once(parts.user, val, "the user");
            case "password" -> parts.password = once(parts.password, val, "the password");
            case "host", "hostaddr", "port", "dbname" -> {
                if (jdbc) {
                    put(parts.parameters, key, val);
                } else if (key.equals("host") && val.startsWith("/")) {
                    throw fail("names a socket directory in ?host=: " + SOCKET);
                } else {
                    throw fail("gives the " + key + " as a query parameter; write it in the URL itself: "
                            + "postgresql://user:password@host:5432/db");
                }
            }
            default -> put(DatabaseUrl.SECRET_PARAMETERS.contains(key) ? parts.secrets : parts.parameters, key, val);
        }
    }

    private String once(String previous, String val, String what) {
        if (previous != null) {
            throw fail("gives " + what + " twice (before the host and as a parameter, or as two parameters); "
                    + "keep one");
        }
        return val;
    }

    private void put(Map<String, String> map, String key, String val) {
        if (map.putIfAbsent(key, val) != null) {
            throw fail("gives the same query parameter twice; keep one");
        }
    }

    // ------------------------------------------------------------ characters

    /** The text if each character may stand unencoded in that part of a URL (non-ASCII may). */
    private String checked(String text, String allowed, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!PercentCoding.unreserved(c) && c != '%' && c < 0x80 && allowed.indexOf(c) < 0) {
                throw fail("has a character in " + what + " that must be percent-encoded; " + ENCODE);
            }
        }
        return text;
    }

    private String decoded(String text, String what) {
        String decoded;
        try {
            decoded = PercentCoding.decode(text, jdbc);
        } catch (IllegalArgumentException e) {
            throw fail("has " + e.getMessage().replace("{}", what));
        }
        if (decoded.indexOf('\0') >= 0) {
            throw fail("has a NUL character (%00) in " + what + ", which PostgreSQL cannot take");
        }
        return decoded;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private AutogenException fail(String problem) {
        return new AutogenException(source + " " + problem);
    }

    /** The parts read so far. */
    private static final class Parts {
        final List<DatabaseUrl.Host> hosts = new ArrayList<>();
        final Map<String, String> parameters = new LinkedHashMap<>();
        final Map<String, String> secrets = new LinkedHashMap<>();
        String database;
        String user;
        String password;

        DatabaseUrl build(String source) {
            return new DatabaseUrl(hosts, database, parameters, secrets, user, password, source);
        }
    }
}
