package dev.autogen.runtime;

import dev.autogen.api.Op;
import dev.autogen.dialect.Dialect;
import dev.autogen.operation.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Executes each operation a migration builds, at once, on the migration's connection. */
final class StatementSink implements Op.Sink {

    private final Connection connection;
    private final Dialect dialect;
    private final List<Operation> committedFirst;
    private final List<String> resets = new ArrayList<>();
    private String lastSql;

    StatementSink(Connection connection, Dialect dialect, List<Operation> committedFirst) {
        this.connection = connection;
        this.dialect = dialect;
        this.committedFirst = new ArrayList<>(committedFirst);
    }

    /** Runs the operations that must commit before the rest of the migration, each on its own. */
    void commitFirst() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            for (Operation operation : committedFirst) {
                for (String sql : dialect.render(operation)) {
                    lastSql = sql;
                    try (Statement st = connection.createStatement()) {
                        st.execute(sql);
                    }
                }
                rememberReset(operation);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public void accept(Operation operation) {
        if (committedFirst.remove(operation)) {
            return;
        }
        if (dialect.outsideTransactionOnly(operation) && inTransaction()) {
            throw new dev.autogen.AutogenException(dev.autogen.operation.OperationSummary.of(operation)
                    + " cannot run inside a transaction; add transactional = false to the migration's @Revision");
        }
        for (String sql : dialect.render(operation)) {
            lastSql = sql;
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new StatementFailedException(sql, e);
            }
        }
        rememberReset(operation);
    }

    private void rememberReset(Operation operation) {
        for (String reset : dialect.sessionReset(operation)) {
            if (!resets.contains(reset)) {
                resets.add(reset);
            }
        }
    }

    /**
     * Undoes the session settings the migration made ({@code RESET lock_timeout}), once it has
     * committed or rolled back, so they never outlive it on a pooled connection.
     */
    void resetSession() {
        for (String reset : resets) {
            try (Statement st = connection.createStatement()) {
                st.execute(reset);
            } catch (SQLException ignored) {
                // the connection is broken; its next use reports it
            }
        }
        resets.clear();
    }

    private boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new StatementFailedException("SET autocommit", e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    String lastSql() {
        return lastSql;
    }

    /** A statement the database refused, with the statement. */
    static final class StatementFailedException extends RuntimeException {
        private final String sql;

        StatementFailedException(String sql, SQLException cause) {
            super(cause.getMessage(), cause);
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }
}
