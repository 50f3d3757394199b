package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * The URL forms users write, each read into exactly its parts, and handed to pgjdbc as a URL it
 * reads into the same hosts, ports, database and parameters.
 */
class DatabaseUrlFormsTest {

    @Test
    void theLibpqFormWithEncodedAndRawSpecialCharacters() {
        assertParts("postgresql://app:s3cret@db.internal:5433/shop?sslmode=require",
                List.of("db.internal:5433"), "shop", Map.of("sslmode", "require"), "app", "s3cret");
        assertParts("postgres://u@h/d", List.of("h"), "d", Map.of(), "u", null);
        assertParts("postgresql://u:@h/d?sslmode=&x=1", List.of("h"), "d", Map.of("x", "1"), "u", null);
        assertParts("postgresql://us%40er:p%40%3A%2F%25%3F%26%23%20%C3%A9@h/d", List.of("h"), "d", Map.of(),
                "us@er", "p@:/%?&# é");
        assertParts("postgresql://u:pässwörd€日本@h/d", List.of("h"), "d", Map.of(), "u", "pässwörd€日本");
        assertParts("postgresql://u:a!$&'()*+,;=:b@h/d", List.of("h"), "d", Map.of(), "u", "a!$&'()*+,;=:b");
        assertParts("POSTGRESQL://h:05432/d", List.of("h:5432"), "d", Map.of(), null, null);
        assertParts("  postgresql://h/d\n", List.of("h"), "d", Map.of(), null, null);
    }

    @Test
    void theJdbcFormReadsAsPgjdbcDoesWithPlusAsASpace() {
        DatabaseUrl url = assertParts(
                "jdbc:postgresql://h:5432/d?user=app&password=p%40ss+word%26x==&sslmode=verify-full",
                List.of("h:5432"), "d", Map.of("sslmode", "verify-full"), "app", "p@ss word&x==");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?sslmode=verify-full");
        assertParts("jdbc:postgresql:shop", List.of("localhost"), "shop", Map.of(), null, null);
        assertParts("jdbc:postgresql:shop?user=u", List.of("localhost"), "shop", Map.of(), "u", null);
    }

    @Test
    void ipv6AndSeveralHosts() {
        assertThat(assertParts("postgresql://u:p@[::1]:5433/d", List.of("[::1]:5433"), "d", Map.of(), "u", "p")
                .hosts().get(0)).isEqualTo(new DatabaseUrl.Host("::1", 5433));
        assertParts("jdbc:postgresql://[2001:db8::1]/d", List.of("[2001:db8::1]"), "d", Map.of(), null, null);
        assertParts("postgresql://u:p@h1:5432,h2:5433,[::1]/d?target_session_attrs=read-write",
                List.of("h1:5432", "h2:5433", "[::1]"), "d", Map.of("target_session_attrs", "read-write"), "u", "p");
        assertParts("jdbc:postgresql://h1,h2:6432/d?targetServerType=primary", List.of("h1", "h2:6432"), "d",
                Map.of("targetServerType", "primary"), null, null);
    }

    @Test
    void noDatabaseEncodedDatabaseNamesAndHostsAsComposeNamesThem() {
        assertThat(DatabaseUrl.parse("postgresql://h").database()).isEmpty();
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h:5432/").database()).isEmpty();
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h:5432").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/");
        assertParts("postgresql://h/my%2Fdb%20x+y", List.of("h"), "my/db x+y", Map.of(), null, null);
        assertThat(DatabaseUrl.parse("postgresql://h/my%2Fdb%20x+y").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/my%2Fdb%20x%2By");
        assertParts("postgresql://u:p@my_db:5432/app", List.of("my_db:5432"), "app", Map.of(), "u", "p");
    }

    @Test
    void libpqParameterNamesBecomePgjdbcsAndSecretParametersStayOutOfTheUrl() {
        assertParts("postgresql://h/d?application_name=x&connect_timeout=5", List.of("h"), "d",
                Map.of("ApplicationName", "x", "connectTimeout", "5"), null, null);
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/d?sslpassword=keyS3cret&sslmode=require");
        assertThat(url.parameters()).containsExactly(Map.entry("sslmode", "require"));
        assertThat(url.connectionProperties()).containsEntry("sslpassword", "keyS3cret");
        assertThat(url.jdbcUrl() + url).doesNotContain("keyS3cret");
    }

    @Test
    void ofTakesTheUserAndPasswordGivenApartOverTheUrlsOwn() {
        DatabaseUrl url = DatabaseUrl.of("jdbc:postgresql://localhost:5/postgres?user=postgres", "admin", "pw");
        assertThat(url.user()).isEqualTo("admin");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5/postgres");
        assertThat(DatabaseUrl.of("jdbc:postgresql://h/d?user=u&password=p", null, null).password()).isEqualTo("p");
        assertThat(DatabaseUrl.of(url.jdbcUrl(), url.user(), url.password())).isEqualTo(url);
    }

    @Test
    void maskingTakesTheSecretOutOfTextsAndExceptionChains() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:pa%40ss%2Fw0rd@h/d", "--url");
        String leaky = "failed for postgresql://app:pa@ss/w0rd@h/d and pa%40ss%2Fw0rd and pa%40ss%2Fw0rd";

        assertThat(url.mask(leaky)).doesNotContain("pa@ss/w0rd", "pa%40ss%2Fw0rd", "w0rd").contains("***");
        Exception chain = new RuntimeException("outer pa@ss/w0rd",
                new java.sql.SQLException("No suitable driver for jdbc:postgresql://h/d?password=pa@ss/w0rd"));
        java.io.StringWriter trace = new java.io.StringWriter();
        url.mask(chain).printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("w0rd").contains("java.sql.SQLException: No suitable driver",
                "java.lang.RuntimeException: outer ***", "\tat ");
        Exception clean = new RuntimeException("nothing secret");
        assertThat(url.mask(clean)).isSameAs(clean);
        // the embedded server's password "postgres" is in every URL's text: not masked literally
        DatabaseUrl embedded = DatabaseUrl.of("jdbc:postgresql://localhost:1/postgres", "postgres", "postgres");
        assertThat(embedded.mask("database postgres")).isEqualTo("database postgres");
        assertThat(DatabaseUrl.redact("see postgresql://u:p@ss@w/rd@host/db now"))
                .isEqualTo("see postgresql://u:***@host/db now");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/d?user=u&password=se@cret&sslpassword=k&x=1"))
                .isEqualTo("jdbc:postgresql://h/d?user=u&password=***&sslpassword=***&x=1");
        // autogen's own hints keep their placeholders
        assertThat(DatabaseUrl.redact("write postgresql://user:password@host:5432/db or "
                + "jdbc:postgresql://host:5432/db?user=...&password=..."))
                .isEqualTo("write postgresql://user:password@host:5432/db or "
                        + "jdbc:postgresql://host:5432/db?user=...&password=...");
    }

    /** Parses, checks the parts, and checks that pgjdbc reads the rendered URL into the same parts. */
    static DatabaseUrl assertParts(String text, List<String> hosts, String database, Map<String, String> parameters,
                                   String user, String password) {
        DatabaseUrl url = DatabaseUrl.parse(text, "--url");
        assertThat(url.hosts()).as("hosts of %s", text).map(DatabaseUrl.Host::toString).isEqualTo(hosts);
        assertThat(url.database()).as("database of %s", text).isEqualTo(java.util.Optional.ofNullable(database));
        assertThat(url.parameters()).as("parameters of %s", text).isEqualTo(parameters);
        assertThat(url.user()).as("user of %s", text).isEqualTo(user);
        assertThat(url.password()).as("password of %s", text).isEqualTo(password);
        if (password != null && password.length() > 2) {
            assertThat(url.toString() + url.jdbcUrl()).doesNotContain(password);
        }
        assertSameForPgjdbc(url);
        if (text.startsWith("jdbc:")) {
            Properties original = Driver.parseURL(text, null);
            assertThat(original.getProperty("user")).as("pgjdbc's user of %s", text).isEqualTo(user);
            assertThat(original.getProperty("password")).as("pgjdbc's password of %s", text).isEqualTo(password);
        }
        assertThat(DatabaseUrl.parse(url.jdbcUrl())).as("round trip of %s", text)
                .isEqualTo(DatabaseUrl.of(url.jdbcUrl(), null, null));
        assertThat(DatabaseUrl.of(url.jdbcUrl(), url.user(), url.password())).isEqualTo(url);
        return url;
    }

    /** pgjdbc's own reading of {@link DatabaseUrl#jdbcUrl()} has the same hosts, ports, database and parameters. */
    static void assertSameForPgjdbc(DatabaseUrl url) {
        Properties pg = Driver.parseURL(url.jdbcUrl(), null);
        assertThat(pg).as("pgjdbc reads %s", url.jdbcUrl()).isNotNull();
        assertThat(pg.getProperty("PGHOST")).isEqualTo(String.join(",", url.hosts().stream()
                .map(h -> h.name().contains(":") ? "[" + h.name() + "]" : h.name()).toList()));
        assertThat(pg.getProperty("PGPORT")).isEqualTo(String.join(",", url.hosts().stream()
                .map(h -> String.valueOf(h.effectivePort())).toList()));
        assertThat(pg.getProperty("PGDBNAME", "")).isEqualTo(url.database().orElse(""));
        url.parameters().forEach((k, v) -> assertThat(pg.getProperty(k)).as("parameter %s", k).isEqualTo(v));
        assertThat(pg.getProperty("password")).isNull();
    }
}
