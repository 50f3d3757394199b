package dev.autogen.dialect.postgres;

import static dev.autogen.api.Ddl.materializedView;
import static dev.autogen.api.Ddl.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.CreateView;
import dev.autogen.operation.DropView;
import org.junit.jupiter.api.Test;

/** The SQL of the view operations, quoted as every other identifier is; and their hazard notes. */
class PostgresViewSqlTest {

    @Test
    void viewsAndMaterializedViewsAreCreatedAndDroppedByKind() {
        assertThat(Pg.DIALECT.render(new CreateView(view("app.user", "SELECT 1 AS one").using("app.t", "a"))))
                .containsExactly("CREATE VIEW app.\"user\" AS SELECT 1 AS one");
        assertThat(Pg.DIALECT.render(new DropView(view("app.user", "SELECT 1 AS one"))))
                .containsExactly("DROP VIEW app.\"user\"");
        assertThat(Pg.DIALECT.render(new CreateView(materializedView("Totals", " SELECT 1 AS one\n"))))
                .containsExactly("CREATE MATERIALIZED VIEW \"Totals\" AS SELECT 1 AS one");
        assertThat(Pg.DIALECT.render(new DropView(materializedView("totals", "SELECT 1 AS one"))))
                .containsExactly("DROP MATERIALIZED VIEW totals");
    }

    @Test
    void aRecreatedViewSaysWhatItDoesNotBringBack() {
        assertThat(Pg.DIALECT.hazards(new DropView(materializedView("totals", "SELECT 1")), true))
                .singleElement().asString().contains("indexes are not recreated");
        assertThat(Pg.DIALECT.hazards(new CreateView(materializedView("totals", "SELECT 1")), true))
                .singleElement().asString().startsWith("LOCK: runs the query");
        assertThat(Pg.DIALECT.hazards(new CreateView(view("v", "SELECT 1")), true)).isEmpty();
    }
}
