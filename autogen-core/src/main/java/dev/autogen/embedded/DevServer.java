package dev.autogen.embedded;

import dev.autogen.config.DatabaseUrl;

/**
 * A PostgreSQL server autogen starts for one run and stops afterwards: the embedded one, or a
 * container when {@code [database] dev_database} asks for one.
 */
public interface DevServer extends AutoCloseable {

    /**
     * The server's {@code postgres} database, as a superuser, with the credentials it asks for (the
     * embedded server's random password); {@link DatabaseUrl#toString()} never shows them.
     */
    DatabaseUrl url();

    @Override
    void close();
}
