package dev.autogen.bench;

import dev.autogen.testing.TestDatabases;

/** Prints the version of the PostgreSQL server the benchmarks run on (the embedded one, unless {@code AUTOGEN_TEST_PG_URL}). */
public final class PostgresVersion {

    private PostgresVersion() {
    }

    public static void main(String[] args) {
        System.out.println(TestDatabases.adminQuery("SHOW server_version"));
        System.exit(0);
    }
}
