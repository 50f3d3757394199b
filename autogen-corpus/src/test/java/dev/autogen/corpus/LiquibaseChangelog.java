package dev.autogen.corpus;

import java.sql.Connection;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A project's Liquibase changelog, run by Liquibase itself from the project's jars: the changelog,
 * the files it includes, its custom changes and the Liquibase extensions the jars register are all
 * found through the jars' class loader, as in the project's own runtime.
 */
final class LiquibaseChangelog {

    private LiquibaseChangelog() {
    }

    static void update(Connection connection, ClassLoader jars, String changelog) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(jars);
        try {
            ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(jars);
            Scope.child(Map.of(Scope.Attr.classLoader.name(), jars, Scope.Attr.resourceAccessor.name(), resources), () -> {
                Database database = new PostgresDatabase();
                database.setConnection(new JdbcConnection(connection));
                new Liquibase(changelog, resources, database).update(new Contexts(), new LabelExpression());
            });
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
