package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.AutogenException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * URLs built from random parts (every special character, unicode, IPv6, several hosts, bad ports),
 * with a fixed seed: a valid one reads back to exactly its parts, in both forms, and pgjdbc reads
 * its rendering the same way; a broken one is refused without its password; nothing shown ever
 * holds the password.
 */
class DatabaseUrlFuzzTest {

    private static final int RUNS = 1_000;
    private static final String SPECIALS = "@:/%?&#=+ !$'()*,;\"<>\\^`{|}[]~-._";
    private static final String[] UNICODE = {"é", "ß", "日本", "😀", "Ω", "\u00a0", "ü"};
    private static final String[] IPV6 = {"::1", "2001:db8::1", "fe80::a:b", "::ffff:10.0.0.1", "2001:DB8:0:0:0:0:0:2"};

    private final Random random = new Random(20261203L);

    /** What a URL is made of: the parts it must read back to. */
    record Parts(List<DatabaseUrl.Host> hosts, String database, Map<String, String> parameters, String user,
                 String password) {
    }

    @Test
    void validUrlsReadBackToExactlyTheirPartsInBothForms() {
        for (int i = 0; i < RUNS; i++) {
            Parts parts = parts();
            for (String text : List.of(libpq(parts, random.nextBoolean()), jdbc(parts))) {
                DatabaseUrl url = DatabaseUrl.parse(text, "--url");
                assertThat(new Parts(url.hosts(), url.database().orElse(null), url.parameters(), url.user(),
                        url.password())).as("parts of %s", text).isEqualTo(parts);
                DatabaseUrlFormsTest.assertSameForPgjdbc(url);
                assertThat(DatabaseUrl.of(url.jdbcUrl(), url.user(), url.password())).as("round trip of %s", text)
                        .isEqualTo(url);
                assertNoPassword(url.toString() + " " + url.jdbcUrl() + " " + url.mask("at " + text), parts.password);
                if (text.startsWith("jdbc:")) {
                    Properties pg = Driver.parseURL(text, null);
                    assertThat(pg.getProperty("password")).as("pgjdbc's password of %s", text).isEqualTo(parts.password);
                    assertThat(pg.getProperty("user")).as("pgjdbc's user of %s", text).isEqualTo(parts.user);
                }
            }
        }
    }

    @Test
    void brokenUrlsAreRefusedWithoutTheirPassword() {
        for (int i = 0; i < RUNS; i++) {
            Parts parts = parts();
            String text = broken(parts, i % 9);
            AutogenException e = catchThrowableOfType(AutogenException.class, () -> DatabaseUrl.parse(text, "--url"));
            assertThat(e).as("refusal of %s", text).isNotNull();
            assertThat(e.getMessage()).startsWith("--url ").doesNotContain("\n");
            assertNoPassword(e.getMessage(), parts.password);
        }
    }

    @Test
    void passwordsWrittenUnencodedAreReadRightOrRefusedNeverShown() {
        int accepted = 0;
        for (int i = 0; i < RUNS; i++) {
            Parts parts = parts();
            String text = "postgresql://" + enc(parts.user) + ":" + parts.password + "@" + hosts(parts) + "/db";
            try {
                DatabaseUrl url = DatabaseUrl.parse(text, "--url");
                accepted++;
                if (parts.password.indexOf('%') < 0) {
                    assertThat(url.password()).as("password of %s", text).isEqualTo(parts.password);
                }
                assertNoPassword(url.toString() + url.jdbcUrl(), parts.password);
            } catch (AutogenException e) {
                assertNoPassword(e.getMessage(), parts.password);
            }
        }
        assertThat(accepted).as("some passwords need no encoding").isPositive().isLessThan(RUNS);
    }

    // ------------------------------------------------------------ generators

    private Parts parts() {
        List<DatabaseUrl.Host> hosts = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            hosts.add(new DatabaseUrl.Host(host(), random.nextInt(3) == 0 ? -1 : 1 + random.nextInt(65535)));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            parameters.put("p" + word("abcXYZ019_", 1 + random.nextInt(6)) + n, text(1 + random.nextInt(8)));
        }
        // the password starts with a mark no message has, so "not shown" means something
        String password = "Pz" + (1000 + random.nextInt(9000)) + text(2 + random.nextInt(10));
        return new Parts(hosts, random.nextInt(4) == 0 ? null : text(1 + random.nextInt(10)), parameters,
                random.nextInt(5) == 0 ? "u" : text(1 + random.nextInt(8)), password);
    }

    private String host() {
        return switch (random.nextInt(4)) {
            case 0 -> IPV6[random.nextInt(IPV6.length)];
            case 1 -> random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + ".1";
            default -> word("abcdefghijklmnopqrstuvwxyzABC0123456789", 1) + word("abz09_-.", random.nextInt(10))
                    + word("xyz0_", 1);
        };
    }

    private String text(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(3);
            out.append(kind == 0 ? String.valueOf(SPECIALS.charAt(random.nextInt(SPECIALS.length())))
                    : kind == 1 ? UNICODE[random.nextInt(UNICODE.length)] : word("aZ09", 1));
        }
        return out.toString();
    }

    private String word(String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    // ------------------------------------------------------------ renderings (URLEncoder: not the code under test)

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String hosts(Parts parts) {
        return parts.hosts.stream().map(DatabaseUrl.Host::toString).collect(Collectors.joining(","));
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String libpq(Parts parts, boolean shortScheme) {
        String query = query(parts.parameters);
        return (shortScheme ? "postgres://" : "postgresql://") + enc(parts.user) + ":" + enc(parts.password) + "@"
                + hosts(parts) + (parts.database == null ? "" : "/" + enc(parts.database))
                + (query.isEmpty() ? "" : (parts.database == null ? "/?" : "?") + query);
    }

    private static String jdbc(Parts parts) {
        Map<String, String> all = new LinkedHashMap<>(parts.parameters);
        all.put("user", parts.user);
        all.put("password", parts.password);
        return "jdbc:postgresql://" + hosts(parts) + "/" + (parts.database == null ? "" : enc(parts.database))
                + "?" + query(all);
    }

    /** A URL of these parts broken in one of several ways, each of which must be refused. */
    private String broken(Parts parts, int way) {
        String good = libpq(parts, false);
        String userInfo = enc(parts.user) + ":" + enc(parts.password);
        String tail = "/" + (parts.database == null ? "" : enc(parts.database));
        return switch (way) {
            case 0 -> "postgresql://" + userInfo + "@h:" + List.of("notaport", "0", "65536", "", "-1", "99999999999",
                    "54 32").get(random.nextInt(7)) + tail;
            case 1 -> "postgresql://" + enc(parts.user) + ":" + parts.password + "@x@" + hosts(parts) + tail;
            case 2 -> good.replace(enc(parts.password), enc(parts.password) + "#" + enc(parts.password));
            case 3 -> good.replace(enc(parts.password), enc(parts.password) + " x");
            case 4 -> "postgresql://" + userInfo + "@[" + IPV6[random.nextInt(IPV6.length)] + tail;
            case 5 -> List.of("mysql", "foo", "postgresq", "jdbc:mysql").get(random.nextInt(4))
                    + good.substring("postgresql".length());
            case 6 -> "postgresql://" + userInfo + "@" + tail;
            case 7 -> good.replace(enc(parts.password), enc(parts.password) + "%G1");
            default -> "postgresql://" + enc(parts.user) + ":" + parts.password.substring(0, 6) + "/"
                    + enc(parts.password) + "@" + hosts(parts) + tail;
        };
    }

    private static void assertNoPassword(String shown, String password) {
        assertThat(shown).doesNotContain(password, enc(password), password.substring(0, 6));
    }
}
