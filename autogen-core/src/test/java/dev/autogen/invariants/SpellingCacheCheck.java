package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.DIALECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.SpellingFiles;
import dev.autogen.schema.Schema;
import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The cache of canonical spellings, checked on what the scenario suite already has at hand: a
 * schema and its spelling through the database. Spelled with the cache file, the schema comes out
 * record for record as the database spelled it, and a later run spells it from the cache file alone,
 * sending one query (the context's; the views' statement, query and rollback are not cached).
 */
final class SpellingCacheCheck {

    private SpellingCacheCheck() {
    }

    /** {@code asked}: {@code schema} spelled by the database of {@code db}, without any cache. */
    static void spellsAsTheDatabase(TestDatabase db, Path cache, Schema schema, Schema asked, String what)
            throws SQLException {
        try (Connection c = db.connect()) {
            assertThat(DIALECT.canonicalize(c, schema, new SpellingFiles(cache)))
                    .as("%s through the cache", what).isEqualTo(asked);
        }
        try (Connection real = db.connect()) {
            CountingConnection counting = new CountingConnection(real);
            Schema remembered = DIALECT.canonicalize(counting.connection(), schema, new SpellingFiles(cache));
            assertThat(remembered).as("%s from the cache", what).isEqualTo(asked);
            int views = schema.views().stream().anyMatch(v -> !v.materialized()) ? 3 : 0;
            assertThat(counting.calls().size() - views)
                    .as("%s: only the context query: %s", what, counting.calls()).isLessThanOrEqualTo(1);
        }
    }
}
