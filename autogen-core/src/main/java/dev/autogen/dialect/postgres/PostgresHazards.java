package dev.autogen.dialect.postgres;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reviewer should know before running an operation on PostgreSQL: the data it loses and
 * the locks it takes on a table that already holds rows, with the safer pattern for large tables.
 * Operations on a table created in the same migration hold no data and take no risk.
 */
final class PostgresHazards {

    private static final Pattern LENGTH = Pattern.compile("^(character varying|character|bit varying|bit)\\((\\d+)\\)$");
    private static final Pattern NUMERIC = Pattern.compile("^numeric\\((\\d+),(\\d+)\\)$");
    private static final Pattern PRECISION = Pattern.compile(
            "^(timestamp|time)\\((\\d)\\)( with time zone| without time zone)$");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    private PostgresHazards() {
    }

    static List<String> of(Operation op, boolean existingTable) {
        List<String> notes = new ArrayList<>();
        if (op instanceof DropTable drop) {
            notes.add("DATA LOSS: drops table " + drop.table() + " and every row in it");
        } else if (op instanceof DropColumn drop && drop.column().generated()) {
            notes.add("drops generated column " + drop.table() + "." + drop.column().name() + " (computed from "
                    + drop.column().generatedAs() + "); a change of its expression drops and adds it again");
        } else if (op instanceof DropColumn drop) {
            notes.add("DATA LOSS: drops column " + drop.table() + "." + drop.column().name() + " and its values");
        } else if (op instanceof DropSequence drop) {
            notes.add("drops sequence " + drop.sequence().name() + "; its current value is lost");
        } else if (op instanceof dev.autogen.operation.DropView drop) {
            notes.add("drops " + (drop.view().materialized() ? "materialized view " : "view ") + drop.table()
                    + " to recreate it: its comment, grants" + (drop.view().materialized() ? " and indexes" : "")
                    + " are not recreated; add them back by hand (op.execute) if it has any");
        } else if (op instanceof dev.autogen.operation.CreateView create && create.view().materialized()) {
            notes.add("LOCK: runs the query of materialized view " + create.table() + " to fill it, inside this "
                    + "migration's transaction");
        }
        if (op instanceof AlterEnum alter) {
            alterEnum(alter, notes);
        }
        if (!existingTable) {
            return notes;
        }
        if (op instanceof AlterColumn alter) {
            alterColumn(alter, notes);
        } else if (op instanceof AddColumn add && add.column().generated()) {
            notes.add("LOCK: rewrites " + add.table() + " to compute " + add.column().name() + " for every row, "
                    + "blocking reads and writes to it meanwhile");
        } else if (op instanceof AddColumn add && !add.column().nullable() && add.column().defaultValue() == null
                && !add.column().identity()) {
            notes.add("fails if " + add.table() + " has rows: a NOT NULL column needs a default (or add it nullable, "
                    + "backfill, then SET NOT NULL)");
        } else if (op instanceof CreateIndex index && !index.concurrently()) {
            notes.add("LOCK: blocks writes to " + index.table() + " while the index builds; on a large table use "
                    + "CREATE " + (index.index().unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY in a migration "
                    + "with @Revision(transactional = false), which `autogen -m MSG --concurrently` generates");
        } else if (op instanceof AddUnique unique && !unique.online()) {
            notes.add("LOCK: builds a unique index while blocking writes to " + unique.table() + "; on a large table "
                    + "CREATE UNIQUE INDEX CONCURRENTLY (transactional = false), then ADD CONSTRAINT ... UNIQUE USING INDEX");
        } else if (op instanceof AddPrimaryKey pk) {
            notes.add("LOCK: builds the primary key's index while blocking writes to " + pk.table()
                    + "; fails if the key columns hold duplicates or nulls");
        } else if (op instanceof AddForeignKey fk && !fk.online()) {
            notes.add("LOCK: checks every row of " + fk.table() + " while blocking writes to it and to "
                    + fk.foreignKey().referencedTable() + "; on a large table ADD CONSTRAINT ... NOT VALID, then "
                    + "VALIDATE CONSTRAINT in a later migration");
        } else if (op instanceof AddCheck check && !check.online()) {
            notes.add("LOCK: checks every row of " + check.table() + " under an ACCESS EXCLUSIVE lock; on a large "
                    + "table ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration");
        }
        return notes;
    }

    private static void alterEnum(AlterEnum alter, List<String> notes) {
        if (!alter.recreates()) {
            notes.add("ALTER TYPE ... ADD VALUE: the runner commits the new values of " + alter.table()
                    + " before the rest of this migration, so it can use them; they stay if the rest fails");
            return;
        }
        List<String> removed = alter.from().values().stream().filter(v -> !alter.to().values().contains(v)).toList();
        if (!removed.isEmpty()) {
            notes.add("fails if a row still holds " + String.join(", ", removed) + " in a column of type "
                    + alter.table() + ": update those rows first");
        }
        if (!alter.columns().isEmpty()) {
            notes.add("LOCK: recreates enum type " + alter.table() + " and rewrites "
                    + alter.columns().stream().map(c -> c.table() + "." + c.column()).toList()
                    + " under an ACCESS EXCLUSIVE lock; every column using the type must be listed");
        }
    }

    private static void alterColumn(AlterColumn alter, List<String> notes) {
        Column from = alter.from();
        Column to = alter.to();
        String where = alter.table() + "." + to.name();
        if (!from.type().equals(to.type())) {
            String loss = narrowing(from.type(), to.type());
            if (loss != null) {
                notes.add("DATA LOSS: " + where + " narrows from " + from.type() + " to " + to.type() + "; " + loss);
            }
            if (!cheapWidening(from.type(), to.type())) {
                notes.add("LOCK: rewrites " + alter.table() + " under an ACCESS EXCLUSIVE lock to change the type of "
                        + to.name() + "; on a large table add a new column, backfill in batches, then swap");
            }
        }
        if (PostgresOnlineSql.onlySetsNotNull(alter)) {
            notes.add("fails at VALIDATE, before any strong lock, if " + where + " still holds nulls: fill them "
                    + "first (op.execute(\"UPDATE ... SET " + to.name() + " = ... WHERE " + to.name() + " IS NULL\"))");
        } else if (from.nullable() && !to.nullable()) {
            notes.add("LOCK: SET NOT NULL scans " + alter.table() + " under an ACCESS EXCLUSIVE lock and fails if "
                    + to.name() + " holds nulls; on a large table ADD CHECK (" + to.name() + " IS NOT NULL) NOT VALID, "
                    + "VALIDATE it, then SET NOT NULL");
        }
    }

    /** What narrowing loses, or {@code null} when the new type holds every old value. */
    private static String narrowing(String from, String to) {
        Matcher a = LENGTH.matcher(from);
        Matcher b = LENGTH.matcher(to);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1))
                && Integer.parseInt(b.group(2)) < Integer.parseInt(a.group(2))) {
            return "longer values are cut to " + b.group(2) + " characters";
        }
        if ((from.equals("text") || from.equals("character varying")) && b.matches()) {
            return "longer values are cut to " + b.group(2) + " characters";
        }
        Matcher p = NUMERIC.matcher(from);
        Matcher q = NUMERIC.matcher(to);
        if (p.matches() && q.matches()) {
            int intFrom = Integer.parseInt(p.group(1)) - Integer.parseInt(p.group(2));
            int intTo = Integer.parseInt(q.group(1)) - Integer.parseInt(q.group(2));
            if (Integer.parseInt(q.group(2)) < Integer.parseInt(p.group(2))) {
                return "decimals beyond " + q.group(2) + " places are rounded away";
            }
            if (intTo < intFrom) {
                return "values with more than " + intTo + " integer digits make the migration fail";
            }
        }
        if (INTEGERS.contains(from) && INTEGERS.contains(to) && INTEGERS.indexOf(to) < INTEGERS.indexOf(from)) {
            return "values out of the " + to + " range make the migration fail";
        }
        return null;
    }

    /**
     * Changes PostgreSQL makes without rewriting the table: longer varchar, varchar to text, a
     * timestamp or time with more fractional digits ({@code timestamp_support}, {@code time_support}).
     */
    private static boolean cheapWidening(String from, String to) {
        Matcher p = PRECISION.matcher(from);
        Matcher q = PRECISION.matcher(to);
        if (p.matches() && q.matches()) {
            return p.group(1).equals(q.group(1)) && p.group(3).equals(q.group(3))
                    && Integer.parseInt(q.group(2)) >= Integer.parseInt(p.group(2));
        }
        Matcher a = LENGTH.matcher(from);
        Matcher b = LENGTH.matcher(to);
        if (a.matches() && b.matches()) {
            return a.group(1).equals("character varying") && b.group(1).equals("character varying")
                    && Integer.parseInt(b.group(2)) >= Integer.parseInt(a.group(2));
        }
        return from.startsWith("character varying") && (to.equals("text") || to.equals("character varying"));
    }
}
