package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.AutogenException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue of the URL parser: each value is refused with one line that names its
 * source and says what to do, and that holds no part of the value (every secret-looking piece of
 * these URLs holds the marker {@code Zq9}).
 */
class BadInputDatabaseUrlTest {

    private static final String MARKER = "Zq9";

    /** An input and a fragment of the message that says what is wrong. */
    record Case(String url, String says) {
    }

    static final List<Case> CASES = List.of(
            new Case("", "is empty"),
            new Case("   ", "is empty"),
            new Case("Zq9-only-a-password", "is not a PostgreSQL URL; write postgresql://"),
            new Case("localhost:5432/Zq9", "is not a PostgreSQL URL"),
            new Case("mysql://u:Zq9@h/d", "names a MySQL database; autogen works with PostgreSQL only"),
            new Case("jdbc:mysql://h/d?password=Zq9", "names a MySQL database"),
            new Case("jdbc:sqlserver://h;password=Zq9", "names a SQL Server database"),
            new Case("postgresql:u:Zq9@h/d", "lacks the // after the scheme"),
            new Case("postgresql://u:Zq9@host:notaport/db", "has a port that is not a number from 1 to 65535"),
            new Case("postgresql://u:Zq9@host:0/db", "port that is not a number from 1 to 65535"),
            new Case("postgresql://u:Zq9@host:65536/db", "port that is not a number from 1 to 65535"),
            new Case("postgresql://u:Zq9@host:99999999999999/db", "port that is not a number"),
            new Case("postgresql://u:Zq9@host:+5432/db", "port that is not a number"),
            new Case("postgresql://u:Zq9@host:/db", "port that is not a number"),
            new Case("postgresql://u:Zq9/Zq9@host/db", "port that is not a number"),
            new Case("postgresql://u:Zq9@Zq9@host/db", "more than one '@'"),
            new Case("postgresql://u:Zq9#Zq9@host/db", "holds '#'"),
            new Case("postgresql://u:Zq9 Zq9@host/db", "holds a space, line break or control character"),
            new Case("postgresql://u:Zq9\r\n@host/db", "line break"),
            new Case("postgresql://u:Zq9%zzZq9@host/db", "does not start a %XX escape"),
            new Case("postgresql://u:Zq9%C3Zq9@host/db", "not UTF-8"),
            new Case("postgresql://u:Zq9\"<>Zq9@host/db", "must be percent-encoded"),
            new Case("postgresql://u:Zq9@/db", "has a user but no host"),
            new Case("postgresql://:Zq9@host/db", "has an empty user"),
            new Case("postgresql:///db", "Unix-domain sockets are not supported"),
            new Case("postgresql://%2Fvar%2Frun%2FZq9/db", "Unix-domain sockets are not supported"),
            new Case("postgresql://h/db?host=/var/run/Zq9", "Unix-domain sockets are not supported"),
            new Case("postgresql://h/db?dbname=Zq9", "write it in the URL itself"),
            new Case("postgresql://u:Zq9@[::1/db", "does not close it"),
            new Case("postgresql://u:Zq9@::1]/db", "does not enclose an IPv6 address"),
            new Case("postgresql://u:Zq9@::1/db", "more than one ':'"),
            new Case("postgresql://u:Zq9@h]/db", "does not enclose an IPv6 address"),
            new Case("postgresql://u:Zq9@[zz::1]/db", "do not hold an IPv6 address"),
            new Case("postgresql://u:Zq9@[1.2.3.4]/db", "do not hold an IPv6 address"),
            new Case("postgresql://u:Zq9@[fe80::1%25eth0]/db", "zone ids"),
            new Case("postgresql://u:Zq9@[::1]x/db", "characters after an IPv6 address"),
            new Case("postgresql://u:Zq9@h1,,h2/db", "empty host in its list"),
            new Case("postgresql://u:Zq9@:5432/db", "has a port but no host"),
            new Case("postgresql://u:Zq9@ho$t/db", "not a host name or IP address"),
            new Case("postgresql://u:Zq9@hö.example/db", "not a host name or IP address"),
            new Case("jdbc:postgresql://u:Zq9@host/db", "gives user:password@ in a jdbc:postgresql: URL"),
            new Case("jdbc:postgresql://host/db?user=u&password=Zq9&Zq9", "query parameter without '='"),
            new Case("jdbc:postgresql://host/db?password=Zq9&password=Zq9x", "gives the password twice"),
            new Case("postgresql://u:Zq9@host/db?password=Zq9", "gives the password twice"),
            new Case("jdbc:postgresql://host/db?sslpassword=Zq9&sslpassword=Zq9", "same query parameter twice"),
            new Case("jdbc:postgresql://host/db?Zq9%20x=1", "whose name is not a name"),
            new Case("postgresql://u/Zq9:x@host/db", "'/' or '@' in the database name"),
            new Case("postgresql://u:Zq9@host/db%00", "NUL character"),
            new Case("jdbc:postgresql:", "has no host"),
            new Case("jdbc:postgresql://", "has no host"),
            new Case("jdbc:postgresql:/Zq9", "has no host"));

    @Test
    void eachBadUrlIsOneLineNamingItsSourceWithNothingOfTheValue() {
        for (Case c : CASES) {
            AutogenException e = catchThrowableOfType(AutogenException.class,
                    () -> DatabaseUrl.parse(c.url(), "AUTOGEN_DATABASE_URL"));
            assertThat(e).as("refusal of %s", c.url()).isNotNull();
            assertThat(e.getMessage()).as("message for %s", c.url())
                    .startsWith("AUTOGEN_DATABASE_URL ").contains(c.says()).doesNotContain("\n", "\r")
                    .doesNotContainIgnoringCase(MARKER);
            assertThat(e.getMessage()).as("what to do, for %s", c.url()).containsAnyOf("; write", ": write", "; percent-encode",
                    "; give", "percent-encode", "; keep one", "which PostgreSQL cannot take");
            assertThat(e.getCause()).isNull();
        }
        assertThat(CASES.stream().map(Case::url).distinct()).hasSameSizeAs(CASES).hasSizeGreaterThan(40);
    }

    @Test
    void anEmptySettingNamesItselfAndWhatToDo() {
        assertThat(catchThrowableOfType(AutogenException.class, () -> UrlSetting.variable("AUTOGEN_DATABASE_URL", " ",
                "autogen.toml").parse())).hasMessage("AUTOGEN_DATABASE_URL is empty; set it to a database URL "
                + "(postgresql://user:password@host:5432/db or jdbc:postgresql://host:5432/db?user=...&password=...), "
                + "or unset it to use autogen.toml");
        assertThat(catchThrowableOfType(AutogenException.class,
                () -> UrlSetting.configFile("autogen.toml", "${DB_URL}", "").parse()))
                .hasMessage("autogen.toml [database] url (from ${DB_URL}) is empty; set DB_URL to a database URL, "
                        + "or remove the line to use the embedded PostgreSQL");
        assertThat(catchThrowableOfType(AutogenException.class,
                () -> UrlSetting.configFile("autogen.toml", "postgresql://u:${PW}@${HOST}:x/db",
                        "postgresql://u:Zq9@h:x/db").parse()))
                .hasMessageStartingWith("autogen.toml [database] url (from ${PW}, ${HOST}) has a port")
                .hasMessageNotContaining(MARKER);
        assertThat(UrlSetting.option("--url", "postgresql://u:Zq9@h/d", "x").toString()).doesNotContain(MARKER);
    }
}
