package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Schema;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen reset --yes}: drops what autogen manages and upgrades to head (seed 000's setup --reset). */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Drop every table, sequence and type autogen manages (and its version table) and upgrade "
                + "to head. All data in them is lost.",
                "Refuses without --yes; on a database that is not the embedded one, also without --force."},
        footer = {"", "Examples:", "  autogen reset --yes", "  autogen reset --yes --force --url postgresql://app@localhost/app_dev"})
final class ResetCommand extends Verb {

    @Option(names = "--yes", description = "Confirm that all data in the managed tables may be lost.")
    boolean yes;

    @Option(names = "--force", description = "Allow it on a database that is not the embedded one.")
    boolean force;

    @Override
    int run(Context context) throws SQLException {
        if (!yes) {
            throw new AutogenException("reset drops every managed table and its data; run `autogen reset --yes` "
                    + "if that is what you want");
        }
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            if (!session.isEmbedded() && !force) {
                throw new AutogenException("reset would drop the tables of " + session.description()
                        + ", which is not the embedded database; add --force if you mean it");
            }
            Schema managed = project.config().tableFilter().apply(project.introspect(session,
                    java.util.Set.copyOf(project.config().schemas())));
            List<Operation> drop = SchemaDiff.compare(managed, Schema.empty());
            Connection c = session.connection();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (Operation op : drop) {
                    for (String sql : project.dialect().render(op)) {
                        st.execute(sql);
                    }
                }
                st.execute("DROP TABLE IF EXISTS " + project.versionTable().quotedName());
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new AutogenException("reset failed, nothing was dropped: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
            context.out().println("Dropped " + managed.tables().size() + " tables, " + managed.sequences().size()
                    + " sequences and the version table of " + session.description());
        }
        // a session of its own: the embedded server allows one at a time
        return UpgradeCommand.migrate(context, new LockOptions(), "apply to", planner -> planner.upgrade("head"));
    }
}
