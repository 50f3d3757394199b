package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.compile;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static dev.autogen.invariants.ScenarioHarness.introspect;
import static dev.autogen.invariants.ScenarioHarness.run;
import static dev.autogen.invariants.ScenarioHarness.source;
import static dev.autogen.invariants.ScenarioHarness.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.Views;
import dev.autogen.operation.CreateView;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropView;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import dev.autogen.schema.View;
import dev.autogen.schema.ViewUse;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose views another tool made (raw SQL, as a Flyway script would): a table, a view,
 * a view on that view, a materialized view and a view nobody maps; entities with an
 * {@code @Immutable} entity mapped to the view and a {@code @Subselect} entity. Silent as it is;
 * a column type change under the views drops and recreates them, applies, converges and
 * downgrades to the exact schema.
 */
class ViewsTest {

    private static final String V1 = "dev.autogen.scenarios.views_raw_sql.v1";
    private static final String V2 = "dev.autogen.scenarios.views_raw_sql.v2";

    /** The Flyway-style script: the views read account.name, whose type v2 widens. */
    private static final String[] FLYWAY_V1 = {
        "CREATE TABLE account (id bigint PRIMARY KEY, name varchar(50) NOT NULL, balance numeric(10,2))",
        "CREATE VIEW account_balance AS SELECT id, name, balance FROM account",
        "CREATE VIEW rich_account AS SELECT id, name FROM account_balance WHERE balance > 1000",
        "CREATE MATERIALIZED VIEW account_names AS SELECT name, count(*) AS accounts FROM account GROUP BY name",
        "CREATE VIEW nobody_maps AS SELECT id FROM account WHERE balance IS NULL",
        "INSERT INTO account VALUES (1, 'Ada', 2000.00), (2, 'Bob', 10.00)",
        "REFRESH MATERIALIZED VIEW account_names",
    };

    private static final TableName ACCOUNT = TableName.of("account");
    private static final TableName ACCOUNT_BALANCE = TableName.of("account_balance");
    private static final TableName RICH_ACCOUNT = TableName.of("rich_account");
    private static final TableName ACCOUNT_NAMES = TableName.of("account_names");
    private static final TableName NOBODY_MAPS = TableName.of("nobody_maps");

    @TempDir
    Path work;

    private final List<CompiledMigrations> open = new ArrayList<>();

    @AfterEach
    void closeLoaders() {
        open.forEach(CompiledMigrations::close);
    }

    @Test
    void viewsAreIntrospectedWithWhatTheyRead() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            Schema current = introspect(db);

            assertThat(current.tables()).extracting(t -> t.name().name()).containsExactly("account");
            assertThat(current.viewsByName().keySet())
                    .containsExactly(ACCOUNT_BALANCE, ACCOUNT_NAMES, NOBODY_MAPS, RICH_ACCOUNT);
            View balance = current.view(ACCOUNT_BALANCE).orElseThrow();
            assertThat(balance.materialized()).isFalse();
            assertThat(balance.definition()).startsWith("SELECT").contains("FROM account").doesNotEndWith(";");
            assertThat(balance.uses()).containsExactly(new ViewUse(ACCOUNT, "balance"), new ViewUse(ACCOUNT, "id"),
                    new ViewUse(ACCOUNT, "name"));
            assertThat(current.view(RICH_ACCOUNT).orElseThrow().uses()).extracting(ViewUse::relation)
                    .containsOnly(ACCOUNT_BALANCE);
            View names = current.view(ACCOUNT_NAMES).orElseThrow();
            assertThat(names.materialized()).isTrue();
            assertThat(names.reads(ACCOUNT, "name")).isTrue();
            assertThat(names.reads(ACCOUNT, "balance")).isFalse();
        }
    }

    @Test
    void anEntityMappedToAViewAndASubselectEntityAreNoDifference() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            Schema desired = desired(V1);

            assertThat(desired.table(ACCOUNT_BALANCE)).as("the @Immutable entity's @Table, as Hibernate maps it")
                    .isPresent();
            assertThat(desired.tables()).as("a @Subselect entity maps no relation").hasSize(2);
            assertThat(SchemaDiff.compare(canonical(db, introspect(db)), canonical(db, desired))).isEmpty();
        }
    }

    @Test
    void aTypeChangeUnderViewsDropsAndRecreatesThemAppliesConvergesAndDowngradesExactly() throws Exception {
        Path sources = work.resolve("migrations");
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            Schema before = introspect(db);

            List<Operation> upgrade = SchemaDiff.compare(canonical(db, before), canonical(db, desired(V2)));

            assertThat(upgrade).extracting(OperationSummary::of).containsExactly(
                    "drop view 'rich_account'",
                    "drop materialized view 'account_names'",
                    "drop view 'account_balance'",
                    "alter column 'account.name', type character varying(50) -> character varying(100)",
                    "create view 'account_balance'",
                    "create materialized view 'account_names'",
                    "create view 'rich_account'");
            assertThat(upgrade.get(0)).isEqualTo(new DropView(before.view(RICH_ACCOUNT).orElseThrow()));
            assertThat(upgrade.get(6)).isEqualTo(new CreateView(before.view(RICH_ACCOUNT).orElseThrow()));
            assertThat(upgrade).noneMatch(op -> op.table().equals(NOBODY_MAPS));

            write(sources, "M1_widen", source("M1_widen", "aaaaaaaaaaa1", List.of(), "widen", upgrade));
            RevisionGraph graph = compile(sources, work.resolve("cache"), open);
            run(db, graph, true, "head");
            Schema after = introspect(db);

            assertThat(SchemaDiff.compare(canonical(db, after), canonical(db, desired(V2)))).as("converges").isEmpty();
            assertThat(after.viewsByName().keySet()).isEqualTo(before.viewsByName().keySet());
            assertThat(after.view(RICH_ACCOUNT)).isEqualTo(before.view(RICH_ACCOUNT));
            assertThat(db.column("SELECT name FROM rich_account")).containsExactly("Ada");
            assertThat(db.column("SELECT name FROM account_names ORDER BY name"))
                    .as("the recreated materialized view is filled").containsExactly("Ada", "Bob");

            run(db, graph, false, "base");
            assertThat(introspect(db)).as("the downgrade restores the exact schema, views included").isEqualTo(before);
        }
    }

    @Test
    void aColumnAViewReadsCannotBeDroppedAndSaysWhichView() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            Schema current = introspect(db);
            Schema withoutBalance = canonical(db, desired(V1)).with(canonical(db, desired(V1)).table(ACCOUNT)
                    .orElseThrow().withColumns(cols -> {
                        cols.removeIf(c -> c.name().equals("balance"));
                        return cols;
                    }));

            List<Operation> upgrade = SchemaDiff.compare(canonical(db, current), withoutBalance);

            assertThat(upgrade).singleElement().isInstanceOf(DropColumn.class);
            assertThat(Views.blocked(current, upgrade)).containsExactly(
                    "view account_balance reads column account.balance, which the entities no longer map",
                    "view nobody_maps reads column account.balance, which the entities no longer map");
        }
    }

    @Test
    void renamesUnderAViewNeedNoDropAndTheViewFollows() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(FLYWAY_V1);
            db.execute("ALTER TABLE account RENAME COLUMN name TO full_name", "ALTER TABLE account RENAME TO client");
            Schema current = introspect(db);

            assertThat(current.view(ACCOUNT_BALANCE).orElseThrow().uses())
                    .contains(new ViewUse(TableName.of("client"), "full_name"));
            assertThat(current.view(ACCOUNT_BALANCE).orElseThrow().definition()).contains("full_name");
            assertThat(upgradeOfAlter(current)).first().isInstanceOf(DropView.class);
        }
    }

    /** Widening client.full_name in the renamed database. */
    private static List<Operation> upgradeOfAlter(Schema current) {
        TableName client = TableName.of("client");
        return SchemaDiff.compare(current, current.with(current.table(client).orElseThrow().withColumns(cols -> {
            cols.replaceAll(c -> c.name().equals("full_name") ? c.withType("character varying(100)") : c);
            return cols;
        })));
    }
}
