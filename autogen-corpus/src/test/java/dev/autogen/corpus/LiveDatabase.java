package dev.autogen.corpus;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A copy of a project's database ({@code CREATE DATABASE … TEMPLATE}), so that each test changes
 * its own and the project's changelog runs once per project; closing it drops it.
 */
final class LiveDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final String url;
    private final TestDatabase original;

    private LiveDatabase(String name, String url, TestDatabase original) {
        this.name = name;
        this.url = url;
        this.original = original;
    }

    static LiveDatabase copyOf(TestDatabase original) {
        String source = databaseName(original.url());
        String name = source + "_copy" + COUNTER.incrementAndGet();
        TestDatabases.admin("CREATE DATABASE " + name + " TEMPLATE " + source);
        return new LiveDatabase(name, original.url().replace("/" + source, "/" + name), original);
    }

    /** The URL with credentials, as a user passes it to {@code --url}. */
    String urlWithCredentials() {
        if (original.user() == null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "user=" + original.user() + "&password=" + original.password();
    }

    Connection connect() throws SQLException {
        Properties props = new Properties();
        if (original.user() != null) {
            props.setProperty("user", original.user());
            props.setProperty("password", original.password());
        }
        return DriverManager.getConnection(url, props);
    }

    private static String databaseName(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        TestDatabases.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
