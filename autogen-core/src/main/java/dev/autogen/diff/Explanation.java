package dev.autogen.diff;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropCheck;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUnique;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the diff proposes an operation: what the entities say, what the database has, and the rule
 * that made them differ, for {@code --explain}. Pure: it reads the operation only.
 */
public final class Explanation {

    private static final String SEQUENCES = "sequences come from @GeneratedValue (AUTO or SEQUENCE: <entity>_seq, "
            + "increment 50) and @SequenceGenerator(sequenceName, initialValue, allocationSize)";
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private Explanation() {
    }

    public static List<String> of(Operation op) {
        List<String> lines = new ArrayList<>();
        if (op instanceof AlterColumn alter) {
            column(alter.from(), alter.to(), lines);
        } else if (op instanceof AddColumn add) {
            lines.add("entities: " + describe(add.column()) + rule(add.column().type()));
            lines.add("database: no column " + add.column().name() + " in " + add.table());
        } else if (op instanceof DropColumn drop) {
            lines.add("entities: no attribute maps to " + drop.table() + "." + drop.column().name());
            lines.add("database: " + describe(drop.column()));
        } else if (op instanceof CreateTable create) {
            lines.add("entities: an entity, join table or collection table maps to " + create.table());
            lines.add("database: no table " + create.table());
        } else if (op instanceof DropTable drop) {
            lines.add("entities: nothing maps to " + drop.table() + " (exclude it in [schema] if another tool owns it)");
            lines.add("database: table " + drop.table());
        } else if (op instanceof AddForeignKey fk) {
            lines.add("entities: " + fk.table() + fk.foreignKey().columns() + " references "
                    + fk.foreignKey().referencedTable() + fk.foreignKey().referencedColumns() + " on delete "
                    + fk.foreignKey().onDelete().sql());
            lines.add("database: no foreign key with these columns, target and action (names are not compared)");
        } else if (op instanceof DropForeignKey fk) {
            lines.add("entities: no association maps to " + fk.table() + fk.foreignKey().columns() + " -> "
                    + fk.foreignKey().referencedTable() + " on delete " + fk.foreignKey().onDelete().sql());
            lines.add("database: foreign key " + fk.foreignKey().name());
        } else if (op instanceof AddUnique || op instanceof CreateIndex || op instanceof AddCheck) {
            lines.add("entities: " + element(op) + " (from @Table, @Column(unique), @Index, @Check or Bean Validation)");
            lines.add("database: none with the same definition (names are not compared)");
        } else if (op instanceof DropUnique || op instanceof DropIndex || op instanceof DropCheck) {
            lines.add("entities: no mapping asks for " + element(op));
            lines.add("database: " + element(op));
        } else if (op instanceof CreateSequence || op instanceof DropSequence || op instanceof AlterSequence) {
            lines.add(SEQUENCES);
        }
        return lines;
    }

    private static void column(Column from, Column to, List<String> lines) {
        if (!from.type().equals(to.type())) {
            lines.add("type: entities " + to.type() + rule(to.type()) + "; database has " + from.type());
        }
        if (from.nullable() != to.nullable()) {
            lines.add("nullability: entities " + (to.nullable() ? "nullable" : "NOT NULL (from @Column(nullable = false),"
                    + " @Id, a primitive type, @NotNull or optional = false)") + "; database has "
                    + (from.nullable() ? "nullable" : "NOT NULL"));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            lines.add("default: entities " + (to.defaultValue() == null ? "none" : to.defaultValue() + " (from @ColumnDefault)")
                    + "; database has " + (from.defaultValue() == null ? "none" : from.defaultValue()));
        }
        if (from.identity() != to.identity()) {
            lines.add("identity: entities " + (to.identity() ? "GenerationType.IDENTITY" : "no identity")
                    + "; database " + (from.identity() ? "has an identity" : "has none"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            lines.add("comment: entities " + quoted(to.comment()) + " (from @Comment); database has " + quoted(from.comment()));
        }
    }

    /** Where a type most likely came from, when it is one of Hibernate's defaults. */
    static String rule(String type) {
        Matcher m = VARCHAR.matcher(type);
        if (m.matches() && m.group(1).equals("255")) {
            return " (length 255 is the default of @Column(length))";
        }
        if (m.matches()) {
            return " (length " + m.group(1) + " from @Column(length) or @Size(max))";
        }
        if (type.equals("numeric(38,2)")) {
            return " (precision 38 and scale 2 are Hibernate's defaults for BigDecimal)";
        }
        if (type.equals("timestamp(6) with time zone")) {
            return " (Instant, OffsetDateTime and ZonedDateTime map to it)";
        }
        if (type.equals("timestamp(6) without time zone")) {
            return " (LocalDateTime maps to it)";
        }
        return "";
    }

    private static String describe(Column c) {
        return c.name() + " " + c.type() + (c.nullable() ? "" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue()) + (c.identity() ? " identity" : "");
    }

    private static String element(Operation op) {
        return dev.autogen.operation.OperationSummary.of(op).replaceFirst("^(add|drop) ", "");
    }

    private static String quoted(String text) {
        return text == null ? "none" : "'" + text + "'";
    }
}
