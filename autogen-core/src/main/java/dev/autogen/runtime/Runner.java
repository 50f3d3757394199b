package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.RunListener.Direction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;
import java.util.List;

/**
 * Applies and reverts migrations on one connection, one transaction per migration: the
 * migration's statements and its version-table row commit together, or neither does.
 *
 * <pre>{@code
 * Runner runner = new Runner(connection, dialect, graph, versionTable, RunListener.SILENT);
 * runner.run(planner -> planner.upgrade("head"));
 * }</pre>
 */
public final class Runner {

    private final Connection connection;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final RunListener listener;
    private final Duration lockTimeout;
    private final Duration lockReport;
    private final LockRetries lockRetries;

    public Runner(Connection connection, Dialect dialect, RevisionGraph graph, VersionTable versionTable,
                  RunListener listener) {
        this(connection, dialect, graph, versionTable, listener, DEFAULT_LOCK_TIMEOUT, DEFAULT_LOCK_REPORT,
                LockRetries.DEFAULT);
    }

    private Runner(Connection connection, Dialect dialect, RevisionGraph graph, VersionTable versionTable,
                   RunListener listener, Duration lockTimeout, Duration lockReport, LockRetries lockRetries) {
        this.connection = connection;
        this.dialect = dialect;
        this.graph = graph;
        this.versionTable = versionTable;
        this.listener = listener;
        this.lockTimeout = lockTimeout;
        this.lockReport = lockReport;
        this.lockRetries = lockRetries;
    }

    /** How long to wait for another runner on the same database; one minute unless told. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(1);

    /** How often a runner waiting for the lock says who holds it. */
    public static final Duration DEFAULT_LOCK_REPORT = Duration.ofSeconds(5);

    public Runner withLockTimeout(Duration timeout) {
        return new Runner(connection, dialect, graph, versionTable, listener, timeout, lockReport, lockRetries);
    }

    /** A runner that, waiting for the lock, tells its listener who holds it every {@code interval}. */
    public Runner withLockReport(Duration interval) {
        return new Runner(connection, dialect, graph, versionTable, listener, lockTimeout, interval, lockRetries);
    }

    /**
     * A runner that tries a migration that failed on its lock timeout ({@code op.lockTimeout})
     * again, rolled back, up to {@code retries.retries()} more times, waiting longer each time.
     */
    public Runner withLockRetries(LockRetries retries) {
        return new Runner(connection, dialect, graph, versionTable, listener, lockTimeout, lockReport,
                java.util.Objects.requireNonNull(retries, "retries"));
    }

    /**
     * Takes the run lock, plans against what the database has applied now (so a runner that
     * waited sees what the other one did), checks the checksums of applied migrations, runs the
     * steps and lets the lock go; returns the steps run.
     *
     * <pre>{@code runner.run(planner -> planner.upgrade("head"));}</pre>
     */
    public List<Step> run(Function<Planner, List<Step>> plan) {
        return run(plan, true);
    }

    /** {@link #run(Function)}, checking the checksums of applied migrations only when {@code verifyChecksums}. */
    public List<Step> run(Function<Planner, List<Step>> plan, boolean verifyChecksums) {
        MigrationLock lock = lock();
        lock.acquire();
        try {
            List<AppliedRevision> applied = applied();   // read once: the plan and the checksums see the same rows
            Planner planner = new Planner(graph, applied.stream().map(AppliedRevision::revision).toList());
            if (verifyChecksums) {
                Checksums.verify(graph, applied);
            }
            List<Step> steps = plan.apply(planner);
            apply(steps);
            return steps;
        } finally {
            lock.release();
        }
    }

    private MigrationLock lock() {
        return new MigrationLock(connection, dialect, versionTable.name().toString(), lockTimeout, lockReport,
                listener);
    }

    /**
     * Accepts deliberately that applied migrations' sources changed: records their current
     * checksums, under the run lock; returns what was changed (empty when nothing differed).
     */
    public List<Checksums.Mismatch> repair() {
        List<Checksums.Mismatch> fixed = new java.util.ArrayList<>();
        run(planner -> {
            List<Checksums.Mismatch> mismatches = Checksums.mismatches(graph, applied());
            if (!mismatches.isEmpty()) {
                versionTable.checkWritable(connection, "SELECT", "UPDATE");
            }
            for (Checksums.Mismatch m : mismatches) {
                try {
                    versionTable.updateChecksum(connection, m.script().revision(), m.script().checksum());
                } catch (SQLException e) {
                    throw new AutogenException("cannot update autogen's version table " + versionTable.name() + ": "
                            + DatabaseErrors.message(e) + "; it needs UPDATE on it (`GRANT UPDATE ON "
                            + versionTable.quotedName() + " TO ...`)", e);
                }
                fixed.add(m);
            }
            return List.of();
        }, false);
        return fixed;
    }

    /**
     * Makes the version table say the database is at {@code target} without running any
     * migration ({@code autogen stamp}); with {@code purge}, rows of revisions no migration
     * declares are dropped first. Returns the revisions added and removed.
     */
    public StampResult stamp(String target, boolean purge) {
        StampResult result = new StampResult(new java.util.ArrayList<>(), new java.util.ArrayList<>());
        MigrationLock lock = lock();
        lock.acquire();
        try {
            java.util.Set<String> wanted = new Planner(graph, List.of()).stamped(target);
            connection.setAutoCommit(false);
            versionTable.prepare(connection, "SELECT", "INSERT", "DELETE");
            List<AppliedRevision> rows = applied();
            if (purge) {
                for (AppliedRevision row : rows) {
                    if (!graph.contains(row.revision())) {
                        versionTable.delete(connection, row.revision());
                        result.removed().add(row.revision());
                    }
                }
                rows = versionTable.read(connection);
            }
            // rows of revisions no migration declares are refused here, with the exact stamp --purge to run
            SquashedChains.of(graph, rows.stream().map(AppliedRevision::revision).toList());
            for (AppliedRevision row : rows) {
                if (!wanted.contains(row.revision())) {
                    versionTable.delete(connection, row.revision());
                    result.removed().add(row.revision());
                }
            }
            java.util.Set<String> have = new java.util.HashSet<>(rows.stream().map(AppliedRevision::revision).toList());
            for (MigrationScript script : graph.ordered()) {
                if (wanted.contains(script.revision()) && !have.contains(script.revision())) {
                    versionTable.insert(connection, script, 0);
                    result.added().add(script.revision());
                }
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new AutogenException("cannot stamp autogen's version table " + versionTable.name() + ": "
                    + DatabaseErrors.message(e) + "; nothing was changed" + DatabaseErrors.advice(e), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next use reports it
            }
            lock.release();
        }
    }

    /**
     * Inside a run's plan (under its lock): when the version table holds no row and the schema already
     * holds tables (a database Flyway, Liquibase or a person built), records {@code baseline} and its
     * ancestors as applied without running them; returns those revisions, empty when nothing was adopted.
     *
     * <pre>{@code runner.run(planner -> runner.adoptIfUnversioned("base+1").isEmpty() ? ... : ...);}</pre>
     */
    public List<String> adoptIfUnversioned(String baseline) {
        return Adoption.adoptIfUnversioned(connection, graph, versionTable, baseline);
    }

    /** What {@link #stamp} changed in the version table. */
    public record StampResult(List<String> added, List<String> removed) {
    }

    /** What this database has applied, read now. */
    public List<AppliedRevision> applied() {
        return versionTable.read(connection);
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
        } catch (SQLException e) {
            throw new AutogenException("cannot use the connection: " + DatabaseErrors.message(e)
                    + "; check the connection and try again", e);
        }
        versionTable.prepare(connection, "SELECT", "INSERT", "DELETE");
        for (Step step : steps) {
            run(step);
        }
    }

    private void run(Step step) {
        for (int attempt = 1; ; attempt++) {
            try {
                runOnce(step);
                return;
            } catch (LockTimedOut e) {
                if (attempt > lockRetries.retries()) {
                    listener.failed(step.script(), step.direction());
                    throw failure(step, e.sink, e.cause, " (tried " + attempt + " times; another transaction "
                            + "kept a conflicting lock longer than the migration's lock timeout each time: run it "
                            + "again when that transaction is done, or raise [migrations] lock_retries)");
                }
                Duration wait = lockRetries.backoff(attempt);
                listener.retryingAfterLockTimeout(step.script(), step.direction(), attempt, lockRetries.retries(), wait);
                sleep(wait);
            }
        }
    }

    private void runOnce(Step step) {
        MigrationScript script = step.script();
        listener.starting(script, step.direction());
        long start = System.nanoTime();
        StatementSink sink = new StatementSink(connection, dialect, CommitFirst.of(script, step.direction(), dialect));
        try {
            sink.commitFirst();
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
                for (String row : script.rows()) {
                    versionTable.delete(connection, row);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            listener.finished(script, step.direction(), millis);
        } catch (Exception e) {
            rollback();
            if (lockTimeout(e)) {
                throw new LockTimedOut(sink, e);
            }
            listener.failed(script, step.direction());
            throw failure(step, sink, e, "");
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next use reports it
            }
            sink.resetSession();
        }
    }

    /** Whether a failure, or what caused it, is the dialect's lock timeout. */
    private boolean lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && dialect.isLockTimeout(sql)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted while waiting to retry a migration; nothing more was run", e);
        }
    }

    /** A migration that failed on the lock timeout, rolled back, for {@link #run(Step)} to retry. */
    private static final class LockTimedOut extends RuntimeException {
        private final transient StatementSink sink;
        private final Exception cause;

        LockTimedOut(StatementSink sink, Exception cause) {
            super(cause.getMessage(), cause, false, false);
            this.sink = sink;
            this.cause = cause;
        }
    }

    private AutogenException failure(Step step, StatementSink sink, Exception e, String tries) {
        String what = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        String where = step.script().origin();
        String cause = e instanceof AutogenException ? e.getMessage() : DatabaseErrors.message(e);
        String statement = e instanceof StatementSink.StatementFailedException f ? " while running `" + f.sql() + "`"
                : "";
        String undone = step.script().transactional() ? "; the migration was rolled back and nothing was changed"
                : "; the migration is not transactional: what ran before the failure stays and no version row was "
                + "written; fix the cause and run it again";
        return new AutogenException(what + " of " + step.script().revision() + " (" + where + ") failed"
                + statement + ": " + cause + tries + undone + advice(e), e);
    }

    /** The dialect's advice on the database error behind {@code e}, if any (after the rollback). */
    private String advice(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return dialect.failureAdvice(connection, sql);
            }
        }
        return "";
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
