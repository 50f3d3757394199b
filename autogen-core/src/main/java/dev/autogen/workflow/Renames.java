package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameTable;
import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import java.util.List;

/**
 * Renames as the user gives them: {@code --rename users.name=full_name} and
 * {@code --rename-table billing.bill=invoice}; each checked against both schemas.
 */
public final class Renames {

    private Renames() {
    }

    /** {@code [schema.]table.column=new_name}. */
    public static RenameColumn column(String spec) {
        int eq = spec.indexOf('=');
        int dot = eq < 0 ? -1 : spec.lastIndexOf('.', eq);
        if (eq < 0 || dot <= 0 || eq == spec.length() - 1) {
            throw new AutogenException("--rename " + spec + ": write it as table.column=new_name, e.g. "
                    + "--rename users.name=full_name");
        }
        return new RenameColumn(TableName.parse(spec.substring(0, dot)), spec.substring(dot + 1, eq),
                spec.substring(eq + 1));
    }

    /** {@code [schema.]table=new_name}. */
    public static RenameTable table(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new AutogenException("--rename-table " + spec + ": write it as table=new_name, e.g. "
                    + "--rename-table bill=invoice");
        }
        return new RenameTable(TableName.parse(spec.substring(0, eq)), spec.substring(eq + 1));
    }

    static void check(Schema current, Schema desired, List<Operation> renames) {
        for (Operation op : renames) {
            if (op instanceof RenameTable r) {
                if (current.table(r.from()).isEmpty()) {
                    throw new AutogenException("--rename-table " + r.from() + "=" + r.to() + ": the database has no table "
                            + r.from());
                }
                if (desired.table(r.renamed()).isEmpty()) {
                    throw new AutogenException("--rename-table " + r.from() + "=" + r.to() + ": the entities have no table "
                            + r.renamed());
                }
            } else if (op instanceof RenameColumn r) {
                boolean has = current.table(r.table()).flatMap(t -> t.column(r.from())).isPresent();
                boolean wants = desired.table(r.table()).flatMap(t -> t.column(r.to())).isPresent();
                if (!has || !wants) {
                    throw new AutogenException("--rename " + r.table() + "." + r.from() + "=" + r.to() + ": "
                            + (has ? "the entities have no column " + r.table() + "." + r.to()
                            : "the database has no column " + r.table() + "." + r.from()));
                }
            }
        }
    }
}
