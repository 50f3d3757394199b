package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.RunListener.Direction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies and reverts migrations on one connection, one transaction per migration: the
 * migration's statements and its version-table row commit together, or neither does.
 *
 * <pre>{@code
 * Runner runner = new Runner(connection, dialect, graph, versionTable, RunListener.SILENT);
 * runner.apply(runner.planner().upgrade("head"));
 * }</pre>
 */
public final class Runner {

    private final Connection connection;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final RunListener listener;

    public Runner(Connection connection, Dialect dialect, RevisionGraph graph, VersionTable versionTable,
                  RunListener listener) {
        this.connection = connection;
        this.dialect = dialect;
        this.graph = graph;
        this.versionTable = versionTable;
        this.listener = listener;
    }

    /** What this database has applied, read now. */
    public List<AppliedRevision> applied() {
        try {
            return versionTable.read(connection);
        } catch (SQLException e) {
            throw new AutogenException("cannot read the version table " + versionTable.name() + ": "
                    + e.getMessage(), e);
        }
    }

    public Planner planner() {
        return new Planner(graph, applied().stream().map(AppliedRevision::revision).toList());
    }

    /** Runs the steps in order; stops at the first failure, after rolling that migration back. */
    public void apply(List<Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(true);
            versionTable.create(connection);
        } catch (SQLException e) {
            throw new AutogenException("cannot create the version table " + versionTable.name() + ": "
                    + e.getMessage(), e);
        }
        for (Step step : steps) {
            run(step);
        }
    }

    private void run(Step step) {
        MigrationScript script = step.script();
        listener.starting(script, step.direction());
        long start = System.nanoTime();
        StatementSink sink = new StatementSink(connection, dialect);
        try {
            connection.setAutoCommit(!script.transactional());
            Migration migration = script.instantiate();
            Op op = new Op(sink);
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (step.direction() == Direction.UPGRADE) {
                versionTable.insert(connection, script, millis);
            } else {
                versionTable.delete(connection, script.revision());
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            listener.finished(script, step.direction(), millis);
        } catch (Exception e) {
            rollback();
            listener.failed(script, step.direction());
            throw failure(step, sink, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next use reports it
            }
        }
    }

    private AutogenException failure(Step step, StatementSink sink, Exception e) {
        String what = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        String where = step.script().origin();
        String cause = e.getMessage() == null ? e.getClass().getName() : e.getMessage().replaceAll("\\s+", " ");
        String statement = e instanceof StatementSink.StatementFailedException f ? " while running `" + f.sql() + "`"
                : "";
        String undone = step.script().transactional() ? "; the migration was rolled back and nothing was changed"
                : "; the migration is not transactional, check the database";
        return new AutogenException(what + " of " + step.script().revision() + " (" + where + ") failed"
                + statement + ": " + cause + undone, e);
    }

    private void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
