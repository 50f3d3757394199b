package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.runtime.fixtures.M1_create_note;
import dev.autogen.runtime.fixtures.M2_seed_note;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the runner sends: the version table read once a run, its privileges checked in one statement. */
class RunnerRoundTripTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private final VersionTable versionTable = new VersionTable("autogen_version", dialect);
    private final RevisionGraph graph = RevisionGraph.of(List.of(
            MigrationScript.of(M1_create_note.class, "aaaa", "M1.java"),
            MigrationScript.of(M2_seed_note.class, "bbbb", "M2.java")));

    @Test
    void aRunWithNothingToDoSendsTheLockTheVersionTableOnceAndTheUnlock() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection real = db.connect()) {
            new Runner(real, dialect, graph, versionTable, RunListener.SILENT).run(planner -> planner.upgrade("head"));
            List<String> sent = new ArrayList<>();

            List<Step> steps = new Runner(recording(real, sent), dialect, graph, versionTable, RunListener.SILENT)
                    .run(planner -> planner.upgrade("head"));

            assertThat(steps).isEmpty();
            assertThat(sent).hasSize(4);
            assertThat(sent.get(0)).contains("pg_try_advisory_lock");
            assertThat(sent).filteredOn(sql -> sql.contains("FROM autogen_version")).hasSize(1);
            assertThat(sent.get(3)).contains("pg_advisory_unlock");
        }
    }

    @Test
    void theVersionTablesPrivilegesAreCheckedInOneStatementAndStillRefuseWhatIsLacking() throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection real = db.connect()) {
            List<String> sent = new ArrayList<>();
            new Runner(recording(real, sent), dialect, graph, versionTable, RunListener.SILENT)
                    .run(planner -> planner.upgrade("head"));
            assertThat(sent).filteredOn(sql -> sql.contains("has_schema_privilege")).hasSize(1);
            assertThat(sent).filteredOn(sql -> sql.contains("has_table_privilege")).hasSize(1);
            assertThat(sent).noneMatch(sql -> sql.startsWith("getMetaData") || sql.startsWith("getSchema"));

            db.execute("CREATE ROLE reader LOGIN PASSWORD 'reader'", "GRANT SELECT ON autogen_version TO reader");
            try (Connection reader = java.sql.DriverManager.getConnection(db.url(), "reader", "reader")) {
                assertThat(versionTable.read(reader)).hasSize(2);
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> versionTable.checkWritable(reader, "SELECT", "INSERT", "DELETE"))
                        .hasMessage("cannot write autogen's version table autogen_version: role reader lacks INSERT, "
                                + "DELETE on table autogen_version; ask its owner for `GRANT SELECT, INSERT, DELETE ON "
                                + "autogen_version TO reader`");
            }
        }
    }

    /** The connection, noting the SQL of each statement it runs and each metadata call. */
    private static Connection recording(Connection real, List<String> sent) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                sent.add((String) args[0]);
            } else if (name.equals("getMetaData") || name.equals("getSchema")) {
                sent.add(name);
            }
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return name.equals("createStatement") ? recording((Statement) result, sent) : result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Statement recording(Statement real, List<String> sent) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
                sent.add(sql);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(),
                new Class<?>[] {Statement.class}, handler);
    }
}
