package dev.autogen.invariants;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.unique;
import static dev.autogen.invariants.ScenarioHarness.DIALECT;
import static dev.autogen.invariants.ScenarioHarness.PACKAGE;
import static dev.autogen.invariants.ScenarioHarness.VERSION_TABLE;
import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.compile;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static dev.autogen.invariants.ScenarioHarness.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.runtime.LockRetries;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import dev.autogen.workflow.OnlineMigrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online policy end to end on real PostgreSQL: a diff of changes to tables that hold rows,
 * generated as the workflow generates it (a transactional migration, then the online forms outside
 * a transaction, each starting with a lock timeout), run while another connection holds a
 * conflicting lock: the migration gives up after the lock timeout, the runner retries it, the rows
 * survive, the schema converges, and the downgrade restores it.
 */
class OnlineMigrationsPostgresTest {

    private static final TableName ORDERS = TableName.of("orders");
    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
    private static final LockRetries QUICK = new LockRetries(3, Duration.ofMillis(50));

    @TempDir
    Path work;

    private final List<CompiledMigrations> open = new ArrayList<>();

    @AfterEach
    void closeLoaders() {
        open.forEach(CompiledMigrations::close);
    }

    private static void start(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE customers (id bigint PRIMARY KEY)",
                "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, code text, status text, amount integer)",
                "INSERT INTO customers SELECT g FROM generate_series(1, 10) g",
                "INSERT INTO orders SELECT g, 1 + g % 10, 'c' || g, 'NEW', g FROM generate_series(1, 500) g");
    }

    /** What the entities would now say: an index, a foreign key, a check, a unique, status NOT NULL, a new NOT NULL column. */
    private static List<Operation> changes(Schema current) {
        var status = current.table(ORDERS).orElseThrow().columns().stream()
                .filter(c -> c.name().equals("status")).findFirst().orElseThrow();
        return List.of(
                new CreateIndex(ORDERS, index("ix_orders_status", "status")),
                new AddForeignKey(ORDERS, foreignKey("fk_orders_customer", "customer_id", "customers", "id")),
                new AddCheck(ORDERS, check("ck_orders_amount", "amount >= 0")),
                new AddUnique(ORDERS, unique("uk_orders_code", "code")),
                new AlterColumn(ORDERS, status, status.withNullable(false)),
                new AddColumn(ORDERS, column("region", "text").notNull()));
    }

    private RevisionGraph generate(Schema current, Schema desired) throws Exception {
        List<Operation> diff = SchemaDiff.compare(current, desired);
        OnlineMigrations.Policy policy = OnlineMigrations.Policy.online(LOCK_TIMEOUT);
        OnlineMigrations.Split split = OnlineMigrations.split(diff, policy);
        assertThat(split.transactional()).as("only the new column's nullable add stays in a transaction")
                .singleElement().isInstanceOf(AddColumn.class);
        write(work.resolve("m"), "M1_online", source("M1_online", "aaaaaaaaaaa1", List.of(), split.transactional(),
                true, policy));
        write(work.resolve("m"), "M2_online", source("M2_online", "bbbbbbbbbbb2", List.of("aaaaaaaaaaa1"),
                split.outside(), false, policy));
        return compile(work.resolve("m"), work.resolve("cache"), open);
    }

    private static String source(String className, String revision, List<String> parents, List<Operation> ops,
                                 boolean transactional, OnlineMigrations.Policy policy) {
        MigrationSpec spec = new MigrationSpec(PACKAGE, className, revision, parents, className,
                Instant.parse("2026-11-22T22:40:00Z"), OnlineMigrations.withLockTimeout(ops, policy),
                OnlineMigrations.withLockTimeout(SchemaDiff.inverse(ops), policy));
        return MigrationWriter.write(transactional ? spec : spec.nonTransactional());
    }

    @Test
    void aMigrationBlockedByAnotherTransactionGivesUpAfterTheLockTimeoutIsRetriedAndConverges() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            start(db);
            Schema before = introspect(db);
            Schema desired = canonical(db, SchemaEditor.apply(before, changes(before)));
            RevisionGraph graph = generate(canonical(db, before), desired);
            List<String> retries = new ArrayList<>();

            try (Connection blocker = db.connect(); Connection c = db.connect()) {
                blocker.setAutoCommit(false);
                try (Statement st = blocker.createStatement()) {
                    st.execute("SELECT count(*) FROM orders"); // holds ACCESS SHARE until it ends
                }
                RunListener listener = new RunListener() {
                    @Override
                    public void retryingAfterLockTimeout(MigrationScript script, Direction direction, int attempt,
                                                         int of, Duration wait) {
                        retries.add(script.revision() + " " + attempt + "/" + of);
                        try {
                            blocker.commit(); // the long transaction ends; the retry gets its lock
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                };
                Runner runner = new Runner(c, DIALECT, graph, VERSION_TABLE, listener).withLockRetries(QUICK);

                assertThatThrownBy(() -> runner.run(p -> p.upgrade("head")))
                        .as("the new NOT NULL column is not filled: its validation fails, before any strong lock")
                        .isInstanceOf(AutogenException.class)
                        .hasMessageContaining("upgrade of bbbbbbbbbbb2")
                        .hasMessageContaining("VALIDATE CONSTRAINT orders_region_not_null")
                        .hasMessageContaining("is violated by some row");
                assertThat(retries).as("the first migration gave up on its lock timeout once, then ran")
                        .containsExactly("aaaaaaaaaaa1 1/3");
                assertThat(db.appliedRevisions()).containsExactly("aaaaaaaaaaa1");
                assertThat(showLockTimeout(c)).as("the lock timeout does not outlive the migration").isEqualTo("0");

                db.execute("UPDATE orders SET region = 'eu'"); // the marked backfill step, done by the reviewer
                assertThat(runner.run(p -> p.upgrade("head"))).as("the online migration runs again from its start")
                        .hasSize(1);
            }
            assertThat(db.column("SELECT count(*) FROM orders")).containsExactly("500");
            assertThat(db.column("SELECT conname || ' ' || convalidated FROM pg_constraint WHERE conrelid = "
                    + "'orders'::regclass AND contype IN ('f', 'c', 'u') ORDER BY 1"))
                    .containsExactly("ck_orders_amount true", "fk_orders_customer true", "uk_orders_code true");
            assertThat(SchemaDiff.compare(canonical(db, introspect(db)), desired)).as("converges").isEmpty();

            try (Connection c = db.connect()) {
                Runner runner = new Runner(c, DIALECT, graph, VERSION_TABLE, RunListener.SILENT);
                runner.run(p -> p.downgrade("base"));
            }
            assertThat(introspect(db).ignoringColumnOrder()).as("the downgrade restores the schema")
                    .isEqualTo(before.ignoringColumnOrder());
            assertThat(db.column("SELECT count(*) FROM orders")).containsExactly("500");
        }
    }

    private static String showLockTimeout(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SHOW lock_timeout")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
