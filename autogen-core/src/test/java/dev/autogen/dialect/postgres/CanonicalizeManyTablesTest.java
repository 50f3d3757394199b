package dev.autogen.dialect.postgres;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.config.DatabaseUrl;
import dev.autogen.embedded.EmbeddedServer;
import dev.autogen.embedded.SmallLockTableServer;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Canonicalising more tables than a server's lock table has room for at once: each temporary
 * table holds a lock until its transaction ends, so they are asked about in transactions of
 * {@link PostgresCanonicalizer#TABLES_PER_TRANSACTION}, and every table gets the spelling it gets
 * alone.
 */
class CanonicalizeManyTablesTest {

    private static final int TABLES = 1_000;

    private static Table table(int i) {
        return Table.of(TableName.of("c" + i), List.of(column("id", "integer").notNull(),
                column("qty", "integer").withDefault("abs(-1)"), column("at", "timestamp with time zone").withDefault("now()"),
                check("c" + i + "_qty", "qty >= 0 and qty < 1000")));
    }

    @Test
    void moreTablesThanTheLockTableHoldsAreSpelledAsEachAlone() throws Exception {
        assertThat(TABLES).isGreaterThan(3 * PostgresCanonicalizer.TABLES_PER_TRANSACTION);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            tables.add(table(i));
        }
        try (EmbeddedServer server = SmallLockTableServer.start()) {
            DatabaseUrl url = server.url();
            try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
                PostgresDialect dialect = new PostgresDialect();
                Table alone = dialect.canonicalize(c, Schema.of(List.of(table(0)))).tables().iterator().next();
                assertThat(alone).isNotEqualTo(table(0)); // PostgreSQL spells the check and the defaults its way

                Schema all = dialect.canonicalize(c, Schema.of(tables));

                assertThat(all.tables()).hasSize(TABLES);
                for (Table t : all.tables()) {
                    int i = Integer.parseInt(t.name().name().substring(1));
                    assertThat(t.columns()).isEqualTo(alone.columns());
                    assertThat(t.checks()).extracting(k -> k.expression())
                            .containsExactlyElementsOf(alone.checks().stream().map(k -> k.expression()).toList());
                    assertThat(t.checks().get(0).name()).isEqualTo("c" + i + "_qty");
                }
                assertThat(c.getAutoCommit()).isTrue();
            }
        }
    }
}
