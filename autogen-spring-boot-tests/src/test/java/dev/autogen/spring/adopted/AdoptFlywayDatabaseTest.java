package dev.autogen.spring.adopted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.Autogen;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.spring.autoconfigure.AutogenMigrationInitializer;
import dev.autogen.spring.sample.ShopDatabase;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The second application: its database was built by Flyway; the first start-up with the starter
 * ({@code autogen.baseline-on-start=true}) records the baseline migration as applied without running
 * it, runs the migrations after it, keeps the data and Flyway's history, and the next start is a no-op.
 */
class AdoptFlywayDatabaseTest {

    private static final String[] PROPERTIES = {"autogen.baseline-on-start=true",
            "autogen.migrations.package=dev.autogen.spring.adopted.db.migrations"};

    @Test
    void aDatabaseFlywayMigratedIsAdoptedAndKeepsWorking() throws Exception {
        try (TestDatabase database = TestDatabases.create()) {
            Flyway.configure().dataSource(database.url(), database.user(), database.password())
                    .locations("classpath:flyway/adopted").load().migrate();
            database.execute("INSERT INTO books (id, title) VALUES (1, 'Dune')");

            List<String> revisions;
            try (ConfigurableApplicationContext first = ShopDatabase.start(LibraryApplication.class, database,
                    PROPERTIES)) {
                revisions = first.getBean(Autogen.class).graph().ordered().stream().map(MigrationScript::revision)
                        .toList();
                assertThat(revisions).hasSize(2);
                Autogen.Upgrade startup = first.getBean(AutogenMigrationInitializer.class).result();
                assertThat(startup.adopted()).containsExactly(revisions.get(0));
                assertThat(startup.steps()).extracting(step -> step.script().revision())
                        .containsExactly(revisions.get(1));

                BookRepository books = first.getBean(BookRepository.class);
                assertThat(books.findById(1L)).get().extracting(Book::getTitle).isEqualTo("Dune");
                books.save(new Book(2L, "Emma", 474));
            }
            assertThat(database.column("SELECT revision || ' ' || execution_ms FROM autogen_version "
                    + "WHERE revision = '" + revisions.get(0) + "'")).containsExactly(revisions.get(0) + " 0");
            assertThat(database.column("SELECT title || ' ' || coalesce(pages, 0) FROM books ORDER BY id"))
                    .containsExactly("Dune 0", "Emma 474");
            assertThat(database.column("SELECT version FROM flyway_schema_history")).containsExactly("1");

            try (ConfigurableApplicationContext second = ShopDatabase.start(LibraryApplication.class, database,
                    PROPERTIES)) {
                Autogen.Upgrade startup = second.getBean(AutogenMigrationInitializer.class).result();
                assertThat(startup.adopted()).isEmpty();
                assertThat(startup.steps()).isEmpty();
            }
        }
    }

    @Test
    void anEmptyDatabaseRunsTheBaselineInstead() throws Exception {
        try (TestDatabase database = TestDatabases.create();
             ConfigurableApplicationContext started = ShopDatabase.start(LibraryApplication.class, database,
                     PROPERTIES)) {
            Autogen.Upgrade startup = started.getBean(AutogenMigrationInitializer.class).result();
            assertThat(startup.adopted()).isEmpty();
            assertThat(startup.steps()).hasSize(2);
            assertThat(started.getBean(BookRepository.class).count()).isZero();
        }
    }
}
