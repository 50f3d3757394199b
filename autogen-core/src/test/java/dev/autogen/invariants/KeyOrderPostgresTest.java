package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.compile;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static dev.autogen.invariants.ScenarioHarness.run;
import static dev.autogen.invariants.ScenarioHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.KeyOrder;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose keys another tool wrote with their columns in another order than Hibernate's
 * (a Flyway {@code V1__init.sql} written by hand), against {@code fixtures.keyorder}: silent by
 * default; with {@code strict_key_order}, the orders the entities spell out are reported; and a
 * migration of such a database is proven (applied, diff empty, downgraded to the same schema)
 * while the database keeps its order.
 */
class KeyOrderPostgresTest {

    private static final String ENTITIES = "dev.autogen.entities.fixtures.keyorder";
    private static final int LIMIT = ScenarioHarness.DIALECT.maxIdentifierBytes();
    private static final DiffOptions SET = new DiffOptions(KeyOrder.SET, LIMIT);
    private static final DiffOptions STRICT = new DiffOptions(KeyOrder.DECLARED, LIMIT);

    /** Every key over the columns Hibernate would use, in another order. */
    private static final String[] FLYWAY_V1 = {
        "CREATE TABLE team (id bigint NOT NULL, name varchar(255), CONSTRAINT team_pk PRIMARY KEY (id))",
        "CREATE TABLE membership (tenant_id bigint NOT NULL, user_id bigint NOT NULL, role varchar(255), "
                + "PRIMARY KEY (user_id, tenant_id))",
        "CREATE TABLE account (id bigint NOT NULL PRIMARY KEY, email varchar(120) NOT NULL, "
                + "handle varchar(40) NOT NULL, tenant_id bigint NOT NULL, "
                + "member_tenant_id bigint, member_user_id bigint, "
                + "CONSTRAINT account_email_tenant_key UNIQUE (email, tenant_id), "
                + "CONSTRAINT uq_account_tenant_handle UNIQUE (handle, tenant_id), "
                + "CONSTRAINT account_membership_fk FOREIGN KEY (member_user_id, member_tenant_id) "
                + "REFERENCES membership (user_id, tenant_id))",
        "CREATE TABLE account_role (account_id bigint NOT NULL REFERENCES account (id), role varchar(30), "
                + "UNIQUE (role, account_id))",
        "CREATE TABLE account_team (account_id bigint NOT NULL REFERENCES account (id), "
                + "teams_id bigint NOT NULL REFERENCES team (id), PRIMARY KEY (teams_id, account_id))",
        "CREATE TABLE tagging (post_id bigint NOT NULL, tag varchar(50) NOT NULL, PRIMARY KEY (post_id, tag))"};

    @TempDir
    Path work;

    private final List<CompiledMigrations> open = new ArrayList<>();

    @AfterEach
    void closeLoaders() {
        open.forEach(CompiledMigrations::close);
    }

    @Test
    void sameColumnsInAnotherOrderAreNoDifference() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);

            assertThat(SchemaDiff.compare(canonical(db, introspect(db)), canonical(db, desired(ENTITIES)), SET))
                    .isEmpty();
        }
    }

    @Test
    void strictKeyOrderReportsOnlyTheOrdersTheEntitiesSpellOut() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);

            List<Operation> ops = SchemaDiff.compare(canonical(db, introspect(db)), canonical(db, desired(ENTITIES)),
                    STRICT);

            assertThat(ops).extracting(OperationSummary::of).containsExactly(
                    "drop unique constraint 'account_email_tenant_key' on 'account' [email, tenant_id]",
                    "drop unique constraint 'uq_account_tenant_handle' on 'account' [handle, tenant_id]",
                    "drop primary key on 'tagging' [post_id, tag]",
                    "add primary key on 'tagging' [tag, post_id]",
                    "add unique constraint 'account_tenant_id_email_key' on 'account' [tenant_id, email]",
                    "add unique constraint 'uq_account_tenant_handle' on 'account' [tenant_id, handle]");
        }
    }

    @Test
    void aStrictMigrationConvergesAndItsDowngradeGivesBackTheOtherOrder() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            Schema before = introspect(db);
            Schema wanted = canonical(db, desired(ENTITIES));

            RevisionGraph graph = migrate(db, wanted, STRICT);
            run(db, graph, true, "head");
            assertThat(SchemaDiff.compare(canonical(db, introspect(db)), wanted, STRICT)).isEmpty();
            assertThat(introspect(db).table(TableName.of("tagging")).orElseThrow().primaryKey().columns())
                    .containsExactly("tag", "post_id");

            run(db, graph, false, "base");
            assertThat(introspect(db).ignoringColumnOrder()).isEqualTo(before.ignoringColumnOrder());
        }
    }

    @Test
    void aMigrationOfADatabaseThatKeepsTheOtherOrderIsProven() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            db.execute("ALTER TABLE account RENAME CONSTRAINT uq_account_tenant_handle TO account_handle_tenant_key");
            Schema before = introspect(db);
            TableName account = TableName.of("account");
            Column archived = new Column("archived", "boolean", true, null, false, null);
            Schema base = canonical(db, desired(ENTITIES));
            Schema wanted = base.with(base.table(account).orElseThrow().withColumns(columns -> {
                columns.add(archived);
                return columns;
            }));

            List<Operation> ops = SchemaDiff.compare(canonical(db, before), wanted, SET);
            assertThat(ops).containsExactly(
                    new RenameConstraint(account, "account_handle_tenant_key", "uq_account_tenant_handle"),
                    new AddColumn(account, archived));

            RevisionGraph graph = migrate(db, wanted, SET);
            run(db, graph, true, "head");
            Schema after = introspect(db);
            assertThat(SchemaDiff.compare(canonical(db, after), wanted, SET)).as("diff empty after upgrade").isEmpty();
            assertThat(after.table(account).orElseThrow().uniques()).extracting(u -> u.columns())
                    .as("the database keeps its order").contains(List.of("handle", "tenant_id"));

            run(db, graph, false, "base");
            assertThat(introspect(db).ignoringColumnOrder()).as("downgrade gives back the same schema")
                    .isEqualTo(before.ignoringColumnOrder());
        }
    }

    private RevisionGraph migrate(TestDatabase db, Schema wanted, DiffOptions options) throws Exception {
        List<Operation> upgrade = SchemaDiff.compare(canonical(db, introspect(db)), wanted, options);
        MigrationSpec spec = new MigrationSpec(ScenarioHarness.PACKAGE, "M1_keys", "aaaaaaaaaaa1", List.of(),
                "keys", Instant.parse("2026-12-03T10:00:00Z"), upgrade, SchemaDiff.inverse(upgrade));
        Path dir = work.resolve("migrations");
        write(dir, "M1_keys", MigrationWriter.write(spec));
        return compile(dir, work.resolve("cache"), open);
    }
}
