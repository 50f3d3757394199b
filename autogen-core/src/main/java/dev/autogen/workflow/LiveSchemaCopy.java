package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.TableFilter;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RunListener;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A throwaway database that starts where a live one stands, for proving a migration on a database
 * that the migrations did not build (adopted with {@code baseline} or {@code stamp}): the live
 * schema as introspected, created in one batch of the dialect's SQL, checked to be that schema
 * again when read back, and stamped at the migrations' head. The live database is only read.
 */
final class LiveSchemaCopy {

    private LiveSchemaCopy() {
    }

    /**
     * The part of a live schema a proof needs: the tables autogen manages and, so that their
     * foreign keys hold, the tables they reference that it does not (another tool's, e.g.).
     */
    static Schema scope(Schema live, TableFilter filter) {
        Schema managed = filter.apply(live);
        Map<TableName, Table> tables = new LinkedHashMap<>(managed.tablesByName());
        List<Table> pending = new ArrayList<>(tables.values());
        while (!pending.isEmpty()) {
            Table table = pending.remove(pending.size() - 1);
            for (ForeignKey fk : table.foreignKeys()) {
                Table referenced = live.tablesByName().get(fk.referencedTable());
                if (referenced != null && !tables.containsKey(referenced.name())) {
                    tables.put(referenced.name(), referenced);
                    pending.add(referenced);
                }
            }
        }
        return Schema.of(tables.values(), managed.sequences(), managed.enums()).withNamespaces(
                new java.util.TreeSet<>(managed.namespaces()));
    }

    /**
     * A new throwaway database holding {@code schema} (introspected from the live database), at
     * revision {@code head} ({@code null}: no migrations); the caller closes it. Fails with
     * {@link CannotRebuild}, naming what differs, when the schema cannot be created or does not read
     * back the same.
     */
    static DatabaseSession create(Project project, Schema schema, String head) {
        DatabaseSession copy = project.throwawayDatabase();
        try {
            List<String> statements = new ArrayList<>();
            for (Operation op : SchemaDiff.compare(Schema.empty(), schema)) {
                statements.addAll(project.dialect().render(op));
            }
            batch(copy.connection(), statements);
            // both sides spelled as this server spells what it stores: PostgreSQL re-spells some
            // expressions it reads back (an IN list on a varchar column gains casts), so raw text differs
            Schema built = project.canonicalize(copy, project.introspectAll(copy));
            SchemaDifferences.first(project.canonicalize(copy, schema), built).ifPresent(difference -> {
                throw new CannotRebuild(difference, null);
            });
            if (head != null) {
                project.runner(copy, RunListener.SILENT).stamp("head", false);
            }
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /** Runs the statements as one JDBC batch in one transaction. */
    private static void batch(Connection connection, List<String> statements) {
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : statements) {
                    st.addBatch(sql);
                }
                st.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new CannotRebuild(firstLine(cause.getMessage()), e);
        }
    }

    /** The live schema could not be created from what introspection read of it; {@link #reason()} says why. */
    static final class CannotRebuild extends AutogenException {

        private final String reason;

        CannotRebuild(String reason, Throwable cause) {
            super("cannot prove the new migration on a copy of the live schema: autogen cannot rebuild it yet ("
                    + reason + "); nothing was written (--no-verify writes it anyway)", cause);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
