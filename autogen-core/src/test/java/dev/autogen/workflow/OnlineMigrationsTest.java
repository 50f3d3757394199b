package dev.autogen.workflow;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SetLockTimeout;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The online policy's plan, pure: what moves where, and the SQL of each online form. */
class OnlineMigrationsTest {

    private static final TableName ORDERS = TableName.of("orders");
    private static final TableName TEAM = TableName.of("team");
    private static final OnlineMigrations.Policy ONLINE = OnlineMigrations.Policy.online(Duration.ofSeconds(5));
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void changesToExistingTablesTakeTheirOnlineFormsAroundTheTransactionalRest() {
        Operation newTable = new CreateTable(Table.of(TEAM, List.of(column("id", "bigint").notNull())));
        Operation newTableIndex = new CreateIndex(TEAM, index("ix_team_id", "id"));
        List<Operation> diff = List.of(
                new DropForeignKey(ORDERS, foreignKey("fk_old", "team_id", "team", "id")),
                new DropIndex(ORDERS, index("ix_old", "code")),
                new AlterColumn(ORDERS, column("memo", "text").notNull(), column("memo", "text")),
                newTable, newTableIndex,
                new AddColumn(ORDERS, column("region", "text").notNull()),
                new AddColumn(ORDERS, column("note", "text").notNull().withDefault("''")),
                new AlterColumn(ORDERS, column("status", "text"), column("status", "text").notNull()),
                new AlterColumn(ORDERS, column("kind", "text"), column("kind", "text").notNull().withDefault("'a'")),
                new AddUnique(ORDERS, unique("uk_orders_code", "code")),
                new AddCheck(ORDERS, check("ck_amount", "amount >= 0")),
                new CreateIndex(ORDERS, index("ix_orders_status", "status")),
                new AddForeignKey(ORDERS, foreignKey("fk_orders_team", "team_id", "team", "id")));

        OnlineMigrations.Split split = OnlineMigrations.split(diff, ONLINE);

        assertThat(split.before()).containsExactly(
                new DropForeignKey(ORDERS, foreignKey("fk_old", "team_id", "team", "id"), true),
                new DropIndex(ORDERS, index("ix_old", "code"), true),
                new AlterColumn(ORDERS, column("memo", "text").notNull(), column("memo", "text"), true));
        assertThat(split.transactional()).containsExactly(newTable, newTableIndex,
                new AddColumn(ORDERS, column("region", "text")),
                new AddColumn(ORDERS, column("note", "text").notNull().withDefault("''")),
                new AlterColumn(ORDERS, column("kind", "text"), column("kind", "text").withDefault("'a'")));
        AlterColumn region = new AlterColumn(ORDERS, column("region", "text"), column("region", "text").notNull(), true);
        assertThat(split.outside()).containsExactly(region,
                new AlterColumn(ORDERS, column("status", "text"), column("status", "text").notNull(), true),
                new AlterColumn(ORDERS, column("kind", "text").withDefault("'a'"),
                        column("kind", "text").notNull().withDefault("'a'"), true),
                new AddUnique(ORDERS, unique("uk_orders_code", "code"), true),
                new AddCheck(ORDERS, check("ck_amount", "amount >= 0"), true),
                new CreateIndex(ORDERS, index("ix_orders_status", "status"), true),
                new AddForeignKey(ORDERS, foreignKey("fk_orders_team", "team_id", "team", "id"), true));
        assertThat(split.backfills()).containsExactly(region);
        assertThat(OnlineMigrations.backfillNote(region)).startsWith("BACKFILL: orders.region is NOT NULL");
        split.outside().forEach(op -> assertThat(op.inverse().inverse()).isEqualTo(op));
        split.outside().forEach(op -> assertThat(dialect.outsideTransactionOnly(op)).as("%s", op).isTrue());
    }

    @Test
    void theSimplePolicyIsTodaysFormAndConcurrentIndexesOnlyWhenAsked() {
        List<Operation> diff = List.of(new AddCheck(ORDERS, check("ck_amount", "amount >= 0")),
                new CreateIndex(ORDERS, index("ix_orders_status", "status")));

        OnlineMigrations.Split plain = OnlineMigrations.split(diff, OnlineMigrations.Policy.simple(false));
        OnlineMigrations.Split indexes = OnlineMigrations.split(diff, OnlineMigrations.Policy.simple(true));

        assertThat(plain.transactional()).isEqualTo(diff);
        assertThat(plain.outside()).isEmpty();
        assertThat(indexes.outside()).containsExactly(new CreateIndex(ORDERS, index("ix_orders_status", "status"), true));
        assertThat(OnlineMigrations.withLockTimeout(diff, OnlineMigrations.Policy.simple(true))).isEqualTo(diff);
        assertThat(OnlineMigrations.withLockTimeout(diff, ONLINE))
                .startsWith(new SetLockTimeout(Duration.ofSeconds(5))).hasSize(3);
    }

    @Test
    void eachOnlineFormRendersStatementsThatCanRunAgain() {
        assertThat(dialect.render(new AddForeignKey(ORDERS, foreignKey("fk_orders_team", "team_id", "team", "id"), true)))
                .containsExactly("ALTER TABLE orders DROP CONSTRAINT IF EXISTS fk_orders_team",
                        "ALTER TABLE orders ADD CONSTRAINT fk_orders_team FOREIGN KEY (team_id) REFERENCES team (id) NOT VALID",
                        "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_team");
        assertThat(dialect.render(new AddUnique(ORDERS, unique("uk_orders_code", "code"), true)))
                .containsExactly("ALTER TABLE orders DROP CONSTRAINT IF EXISTS uk_orders_code",
                        "DROP INDEX CONCURRENTLY IF EXISTS uk_orders_code",
                        "CREATE UNIQUE INDEX CONCURRENTLY uk_orders_code ON orders (code)",
                        "ALTER TABLE orders ADD CONSTRAINT uk_orders_code UNIQUE USING INDEX uk_orders_code");
        assertThat(dialect.render(new AlterColumn(ORDERS, column("status", "text"), column("status", "text").notNull(),
                true))).containsExactly("ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_not_null",
                "ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID",
                "ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null",
                "ALTER TABLE orders ALTER COLUMN status SET NOT NULL",
                "ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_not_null");
        assertThat(dialect.render(new AlterColumn(ORDERS, column("status", "text").notNull(), column("status", "text"),
                true))).containsExactly("ALTER TABLE orders ALTER COLUMN status DROP NOT NULL");
        assertThat(dialect.render(new DropForeignKey(ORDERS, foreignKey("fk_orders_team", "team_id", "team", "id"), true)))
                .containsExactly("ALTER TABLE orders DROP CONSTRAINT IF EXISTS fk_orders_team");
        assertThat(dialect.render(new SetLockTimeout(Duration.ofMillis(1500)))).containsExactly("SET lock_timeout = '1500ms'");
        assertThat(dialect.sessionReset(new SetLockTimeout(Duration.ofSeconds(5)))).containsExactly("RESET lock_timeout");
    }
}
