package dev.autogen.corpus;

import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;

/**
 * Spring Modulith 2.0's event publication registry on JPA ({@code spring-modulith-events-jpa}):
 * its entities, and the PostgreSQL schema the project ships for the registry's tables
 * ({@code schemas/v2/schema-postgresql.sql} and its {@code -archive} twin, in
 * {@code spring-modulith-events-jdbc} of the same version), run as Spring's schema initialiser runs them.
 */
class SpringModulithCorpusTest extends CorpusTestBase {

    static final CorpusProject PROJECT = new CorpusProject() {
        @Override
        public String name() {
            return "spring-modulith";
        }

        @Override
        public List<String> entityPackages() {
            return List.of("org.springframework.modulith.events.jpa");
        }

        @Override
        public String naming() {
            return "spring";
        }

        @Override
        public List<String> excluded() {
            return List.of();
        }

        @Override
        public List<String> someTables() {
            return List.of("event_publication", "event_publication_archive");
        }

        @Override
        public void buildDatabase(TestDatabase database, ClassLoader jars) throws Exception {
            String schemas = "org/springframework/modulith/events/jdbc/schemas/v2/";
            try (Connection c = database.connect()) {
                SqlScripts.run(c, jars, schemas + "schema-postgresql.sql", schemas + "schema-postgresql-archive.sql");
            }
        }
    };

    @Override
    CorpusProject project() {
        return PROJECT;
    }
}
