package dev.autogen.corpus;

import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Flyway scripts of an Apache KIE module, run by Flyway itself from the module's jar the way KIE's
 * {@code KieFlywayInitializer} runs them: the locations for {@code postgresql} and the module name
 * from the jar's {@code META-INF/kie-flyway.properties}, the history in
 * {@code kie_flyway_history_<module>}, baseline on migrate at version 0.0.
 */
final class FlywayScripts {

    private FlywayScripts() {
    }

    static void migrateKieModule(TestDatabase database, ClassLoader jars) throws IOException {
        Properties module = new Properties();
        try (InputStream in = jars.getResourceAsStream("META-INF/kie-flyway.properties")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/kie-flyway.properties is not in the module's jar");
            }
            module.load(in);
        }
        String name = module.getProperty("module.name");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.url());
        if (database.user() != null) {
            dataSource.setUser(database.user());
            dataSource.setPassword(database.password());
        }
        Flyway.configure(jars)
                .table(("kie_flyway_history_" + name.replaceAll("[^A-Za-z0-9]", "_")).toLowerCase())
                .dataSource(dataSource)
                .createSchemas(true)
                .baselineOnMigrate(true)
                .baselineVersion("0.0")
                .baselineDescription("Kie Flyway Baseline - " + name)
                .locations(module.getProperty("module.locations.postgresql").split(","))
                .load()
                .migrate();
    }
}
