package dev.autogen.invariants;

import static dev.autogen.invariants.ScenarioHarness.DIALECT;
import static dev.autogen.invariants.ScenarioHarness.VERSION_TABLE;
import static dev.autogen.invariants.ScenarioHarness.canonical;
import static dev.autogen.invariants.ScenarioHarness.desired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.OfflineSql;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.CompiledSource;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.scenarios.Scenario;
import dev.autogen.scenarios.Scenarios;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import dev.autogen.workflow.OnlineMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Squawk, the PostgreSQL migration linter reviewers and PR bots use, reads the offline SQL
 * ({@code upgrade --sql}, the statements the runner runs) of every scenario's migrations generated
 * under the {@code online} policy (v1 from nothing, then v1 → v2) and finds nothing in its lock and
 * blocking rules. Squawk comes from npm ({@link Squawk}); without npm the test is skipped, saying why.
 */
class OnlineScenariosSquawkTest {

    /**
     * The rules left out, each with its reason; every other rule of Squawk 2.66 is held to zero.
     */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
            Map.entry("prefer-text-field", "style: the entities choose varchar(n), and so does autogen's own version table"),
            Map.entry("ban-char-field", "style: the entities choose character(n)"),
            Map.entry("prefer-bigint-over-int", "style: the entities choose the integer type"),
            Map.entry("prefer-bigint-over-smallint", "style: the entities choose the integer type"),
            Map.entry("prefer-identity", "style: the entities choose serial or identity"),
            Map.entry("prefer-timestamptz", "style: the entities choose the timestamp type"),
            Map.entry("require-enum-value-ordering", "style: a value is added where the entity's enum declares it"),
            Map.entry("ban-drop-column", "intended: a column the entities no longer map is dropped (DATA LOSS is noted in "
                    + "the code)"),
            Map.entry("ban-drop-table", "intended: a table the entities no longer map is dropped (DATA LOSS is noted in "
                    + "the code)"),
            Map.entry("ban-drop-not-null", "intended: the entities made the column nullable"),
            Map.entry("require-statement-timeout", "a statement_timeout would abort a long CREATE INDEX CONCURRENTLY or VALIDATE, "
                    + "which block nobody; lock_timeout bounds what blocks others"),
            Map.entry("prefer-robust-stmts", "each online statement is preceded by the DROP ... IF EXISTS that makes a rerun "
                    + "safe, which Squawk does not connect to it; transactional migrations roll back "
                    + "whole"),
            Map.entry("changing-column-type", "not yet online (issue 12): a type change that rewrites the table is called out "
                    + "in the code (LOCK: ... add a new column, backfill in batches, then swap); no "
                    + "expand/contract is generated"),
            Map.entry("adding-field-with-default", "PostgreSQL 11+ adds a column with a non-volatile default without a rewrite; "
                    + "Squawk flags every default it cannot prove constant (now(), casts); a generated "
                    + "column does rewrite and is noted"),
            Map.entry("adding-serial-primary-key-field", "not yet online (issue 12): a new identity primary key on a table with rows "
                    + "rewrites it; it is noted in the code, no online form is generated"));

    /** Downgrades left out of the lint, each with its reason. */
    static final Map<String, String> DOWNGRADES_NOT_LINTED = Map.of("s30_identity_primary_key_added",
            "not yet online (issue 12): its downgrade adds a primary key back, and primary keys have no online form "
                    + "yet (CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX)");

    /** Where the scripts are left for a look after a failure. */
    private static final Path SQL = Path.of("target", "online-squawk");

    @TempDir
    Path work;

    @Test
    void theOfflineSqlOfEveryScenarioUnderTheOnlinePolicyHasNoLockOrBlockingFinding() throws Exception {
        Path squawk = Squawk.executable(Path.of("target", "squawk"));
        OnlineMigrations.Policy policy = OnlineMigrations.Policy.online(Duration.ofSeconds(5));
        Path sources = work.resolve("migrations");
        Map<String, List<String>> classes = new LinkedHashMap<>();
        try (TestDatabase db = TestDatabases.create()) {
            for (Scenario scenario : Scenarios.all()) {
                Schema v1 = canonical(db, desired(scenario.v1Package()));
                Schema v2 = canonical(db, desired(scenario.v2Package()));
                String pkg = "dev.autogen.online." + scenario.name();
                List<String> names = new ArrayList<>();
                List<String> parents = List.of();
                int n = 0;
                for (List<Operation> diff : List.of(SchemaDiff.compare(Schema.empty(), v1),
                        SchemaDiff.compare(v1, v2))) {
                    OnlineMigrations.Split split = OnlineMigrations.split(diff, policy);
                    for (List<Operation> ops : List.of(split.before(), split.transactional(), split.outside())) {
                        if (ops.isEmpty()) {
                            continue;
                        }
                        n++;
                        String name = "M" + n;
                        String revision = String.format("%012d", n);
                        boolean transactional = ops == split.transactional();
                        MigrationSpec spec = new MigrationSpec(pkg, name, revision, parents, name,
                                Instant.parse("2026-11-22T22:40:00Z"), OnlineMigrations.withLockTimeout(ops, policy),
                                OnlineMigrations.withLockTimeout(OnlineMigrations.downgrade(ops, policy), policy));
                        Path dir = sources.resolve(pkg.replace('.', '/'));
                        Files.createDirectories(dir);
                        Files.writeString(dir.resolve(name + ".java"),
                                MigrationWriter.write(transactional ? spec : spec.nonTransactional()));
                        names.add(pkg + "." + name);
                        parents = List.of(revision);
                    }
                }
                classes.put(scenario.name(), names);
            }
        }
        List<Path> scripts = new ArrayList<>();
        try (CompiledMigrations compiled = new MigrationCompiler(work.resolve("cache"),
                List.of(ScenarioHarness.testClasses())).compile(sources, getClass().getClassLoader())) {
            Map<String, CompiledSource> byClass = new LinkedHashMap<>();
            compiled.sources().forEach(s -> byClass.put(s.className(), s));
            for (Map.Entry<String, List<String>> scenario : classes.entrySet()) {
                List<MigrationScript> migrations = new ArrayList<>();
                for (String name : scenario.getValue()) {
                    CompiledSource s = byClass.get(name);
                    migrations.add(MigrationScript.of(compiled.classLoader().loadClass(name), s.checksum(), name));
                }
                RevisionGraph graph = RevisionGraph.of(migrations);
                Path up = SQL.resolve("sql").resolve(scenario.getKey() + ".up.sql");
                Files.createDirectories(up.getParent());
                Files.writeString(up, OfflineSql.of(graph, DIALECT, VERSION_TABLE, "base", p -> p.upgrade("head")));
                Path down = SQL.resolve("sql").resolve(scenario.getKey() + ".down.sql");
                Files.writeString(down, OfflineSql.of(graph, DIALECT, VERSION_TABLE, "head", p -> p.downgrade("base")));
                scripts.add(up);
                if (!DOWNGRADES_NOT_LINTED.containsKey(scenario.getKey())) {
                    scripts.add(down);
                }
            }
        }

        Squawk.Result result = Squawk.run(squawk, scripts, EXCLUDED.keySet());

        assertThat(scripts).hasSize(2 * Scenarios.all().size() - DOWNGRADES_NOT_LINTED.size());
        List<String> findings = result.output().lines()
                .filter(line -> line.contains(": warning") || line.contains(": error")).toList();
        assertThat(findings).as("Squawk's findings").isEmpty();
        assertThat(result.exitCode()).as("Squawk's exit code; its output:\n%s", result.output()).isZero();
    }
}
