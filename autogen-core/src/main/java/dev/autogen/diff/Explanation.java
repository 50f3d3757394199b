package dev.autogen.diff;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropCheck;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUnique;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Provenance.Aspect;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the diff proposes an operation, for {@code --explain}: one line per difference naming the
 * entity side with the rule that produced it (traced by the entities' {@link Provenance}: the
 * annotation and the attribute), and the database side. Pure: it reads the operation and the
 * provenance only; with {@link Provenance#NONE} the rule is inferred from the type alone.
 *
 * <pre>{@code
 * users.email: entity wants character varying(100) (@Column(length = 100) on User.email); database has character varying(191)
 * users.name: entity wants NOT NULL (@NotNull on User.name); database allows NULL
 * }</pre>
 */
public final class Explanation {

    private static final String SEQUENCES = "sequences come from @GeneratedValue (AUTO or SEQUENCE: <entity>_seq, "
            + "increment 50) and @SequenceGenerator(sequenceName, initialValue, allocationSize)";
    private static final String NOT_NULL_RULES = "@Column(nullable = false), @Id, a primitive type, @NotNull "
            + "or optional = false";
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private Explanation() {
    }

    /** The explanation with the rules inferred from the types (no provenance known). */
    public static List<String> of(Operation op) {
        return of(op, Provenance.NONE);
    }

    /** The explanation of {@code op}, whose desired side came from entities traced by {@code provenance}. */
    public static List<String> of(Operation op, Provenance provenance) {
        List<String> lines = new ArrayList<>();
        if (op instanceof AlterColumn alter) {
            new ColumnLines(alter.table(), alter.to(), provenance, lines).differences(alter.from());
        } else if (op instanceof AddColumn add) {
            new ColumnLines(add.table(), add.column(), provenance, lines).missing();
        } else if (op instanceof DropColumn drop && provenance.attribute(drop.table(), drop.column().name()).isPresent()) {
            lines.add(drop.table() + "." + drop.column().name() + ": entity computes it otherwise (see the column "
                    + "added again); database has " + describe(drop.column()) + ", and no ALTER changes how a column is "
                    + "generated, so it is dropped and added again");
        } else if (op instanceof DropColumn drop) {
            lines.add(drop.table() + "." + drop.column().name() + ": no entity attribute maps to it; database has "
                    + describe(drop.column()));
        } else if (op instanceof CreateTable create) {
            lines.add(create.table() + ": entity wants the table (" + provenance.table(create.table())
                    .orElse("an entity, join table or collection table") + "); database has no such table");
        } else if (op instanceof DropTable drop) {
            lines.add(drop.table() + ": nothing maps to it (exclude it in [schema] if another tool owns it); "
                    + "database has the table");
        } else if (op instanceof AddForeignKey add) {
            ForeignKey fk = add.foreignKey();
            lines.add(foreignKey(add.table(), fk) + ": entity wants it (" + provenance.element(add.table(), fk)
                    .orElse("an association") + "); database has no foreign key with these columns, target and "
                    + "action (a name alone is not a difference)");
        } else if (op instanceof DropForeignKey drop) {
            lines.add(foreignKey(drop.table(), drop.foreignKey()) + ": no association maps to it; database has "
                    + "foreign key " + drop.foreignKey().name());
        } else if (op instanceof AddPrimaryKey add) {
            List<String> origins = add.primaryKey().columns().stream()
                    .map(c -> provenance.column(add.table(), c, Aspect.NULLABILITY)).flatMap(Optional::stream)
                    .distinct().toList();
            lines.add(add.table() + "(" + String.join(", ", add.primaryKey().columns()) + "): entity wants it as the "
                    + "primary key (" + (origins.isEmpty() ? "@Id, @EmbeddedId or @IdClass" : String.join("; ", origins))
                    + "); database has no primary key with these columns");
        } else if (op instanceof DropPrimaryKey drop) {
            lines.add(drop.table() + "(" + String.join(", ", drop.primaryKey().columns()) + "): no @Id maps to these "
                    + "columns; database has them as the primary key");
        } else if (op instanceof AddUnique add) {
            wanted(op, provenance.element(add.table(), add.unique()), lines);
        } else if (op instanceof CreateIndex add) {
            wanted(op, provenance.element(add.table(), add.index()), lines);
        } else if (op instanceof AddCheck add) {
            wanted(op, provenance.element(add.table(), add.check()), lines);
        } else if (op instanceof DropUnique || op instanceof DropIndex || op instanceof DropCheck) {
            lines.add(element(op) + ": no mapping asks for it; database has it");
        } else if (op instanceof RenameConstraint rename) {
            renamed(rename.table(), "constraint", rename.from(), rename.to(), lines);
        } else if (op instanceof RenameIndex rename) {
            renamed(rename.table(), "index", rename.from(), rename.to(), lines);
        } else if (op instanceof AlterSequence alter && !java.util.Objects.equals(alter.from().owner(), alter.to().owner())) {
            lines.add(alter.to().owner() == null
                    ? alter.to().name() + ": owned by " + alter.from().owner() + ", which goes away; released first so "
                            + "that dropping the column does not drop the sequence, and owned again by the downgrade"
                    : alter.to().name() + ": owned by " + alter.to().owner() + " (OWNED BY), as in the database "
                            + "this schema was read from");
        } else if (op instanceof dev.autogen.operation.DropView drop) {
            lines.add(drop.table() + ": the view reads what this migration changes, and PostgreSQL cannot change "
                    + "a column's type under a view (or its @View query changed): dropped here, recreated after");
        } else if (op instanceof dev.autogen.operation.CreateView create) {
            lines.add(create.table() + ": recreated with the definition the database had (dropped earlier in "
                    + "this migration), or an @View entity defines it (" + provenance.table(create.table())
                    .orElse("@View") + ")");
        } else if (op instanceof CreateSequence || op instanceof DropSequence || op instanceof AlterSequence) {
            lines.add(SEQUENCES);
        }
        return lines;
    }

    private static void renamed(TableName table, String kind, String from, String to, List<String> lines) {
        lines.add(table + "." + to + ": entity names the " + kind + " " + to + " (a name it chose: @ForeignKey(name), "
                + "@Index(name), @UniqueConstraint(name), a named @Check or readable names); database has the same "
                + "definition named " + from);
    }

    private static void wanted(Operation op, Optional<String> origin, List<String> lines) {
        lines.add(element(op) + ": entity wants it (" + origin.orElse("from @Table, @Column(unique), @Index, "
                + "@Check or Bean Validation") + "); database has none with the same definition (a name alone is "
                + "not a difference)");
    }

    /** The lines of one column: what the entity wants, and why, against what the database has. */
    private record ColumnLines(TableName table, Column to, Provenance provenance, List<String> lines) {

        void differences(Column from) {
            if (!from.type().equals(to.type())) {
                add("wants " + to.type() + " (" + why(Aspect.TYPE).orElse(rule(to.type())) + ")",
                        "has " + from.type());
            }
            if (from.nullable() != to.nullable()) {
                add(nullability(), from.nullable() ? "allows NULL" : "has NOT NULL");
            }
            if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
                add(defaultValue(), from.defaultValue() == null ? "has no default" : "has DEFAULT " + from.defaultValue());
            }
            if (from.identity() != to.identity()) {
                add(identity(), from.identity() ? "has an identity" : "has no identity");
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                add(to.comment() == null ? "wants no comment (" + absent("@Comment") + ")"
                        : "wants comment '" + to.comment() + "' (" + why(Aspect.COMMENT).orElse("from @Comment") + ")",
                        from.comment() == null ? "has no comment" : "has comment '" + from.comment() + "'");
            }
        }

        void missing() {
            add("wants " + to.type() + " (" + why(Aspect.TYPE).orElse(rule(to.type())) + ")", "has no such column");
            if (!to.nullable() && !to.identity()) {
                add(nullability(), "has no such column");
            }
            if (to.defaultValue() != null) {
                add(defaultValue(), "has no such column");
            }
            if (to.identity()) {
                add(identity(), "has no such column");
            }
            if (to.generated()) {
                add("wants it GENERATED ALWAYS AS (" + to.generatedAs() + ") STORED ("
                        + why(Aspect.GENERATION).orElse("from @GeneratedColumn") + ")", "has no such column");
            }
        }

        private String nullability() {
            return to.nullable() ? "allows NULL" + why(Aspect.NULLABILITY).map(w -> " (" + w + ")").orElse("")
                    : "wants NOT NULL (" + why(Aspect.NULLABILITY).orElse("from " + NOT_NULL_RULES) + ")";
        }

        private String defaultValue() {
            return to.defaultValue() == null ? "wants no default (" + absent("@ColumnDefault") + ")"
                    : "wants DEFAULT " + to.defaultValue() + " (" + why(Aspect.DEFAULT).orElse("from @ColumnDefault") + ")";
        }

        private String identity() {
            return to.identity() ? "wants an identity (" + why(Aspect.IDENTITY)
                    .orElse("from @GeneratedValue(strategy = IDENTITY)") + ")"
                    : "wants no identity (" + why(Aspect.IDENTITY).orElse("no @GeneratedValue(strategy = IDENTITY)") + ")";
        }

        private Optional<String> why(Aspect aspect) {
            return provenance.column(table, to.name(), aspect);
        }

        private String absent(String annotation) {
            return "no " + annotation + provenance.attribute(table, to.name()).map(a -> " on " + a).orElse("");
        }

        private void add(String entity, String database) {
            lines.add(table + "." + to.name() + ": entity " + entity + "; database " + database);
        }
    }

    /** Where a type most likely came from, when no provenance says: Hibernate's defaults. */
    static String rule(String type) {
        Matcher m = VARCHAR.matcher(type);
        if (m.matches() && m.group(1).equals("255")) {
            return "length 255 is the default of @Column(length)";
        }
        if (m.matches()) {
            return "length " + m.group(1) + " from @Column(length) or @Size(max)";
        }
        if (type.equals("numeric(38,2)")) {
            return "precision 38 and scale 2 are Hibernate's defaults for BigDecimal";
        }
        if (type.equals("timestamp(6) with time zone")) {
            return "Instant, OffsetDateTime and ZonedDateTime map to it";
        }
        if (type.equals("timestamp(6) without time zone")) {
            return "LocalDateTime maps to it";
        }
        return "the attribute's Java type or @Column";
    }

    private static String foreignKey(TableName table, ForeignKey fk) {
        return table + "(" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable() + "("
                + String.join(", ", fk.referencedColumns()) + ") on delete " + fk.onDelete().sql();
    }

    private static String describe(Column c) {
        return c.type() + (c.nullable() ? "" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue()) + (c.identity() ? " identity" : "")
                + (c.generated() ? " GENERATED ALWAYS AS (" + c.generatedAs() + ") STORED" : "");
    }

    /** A short name for a unique constraint, index or check: the operation's summary already shows it whole. */
    private static String element(Operation op) {
        if (op instanceof AddUnique u) {
            return "unique " + u.table() + "(" + String.join(", ", u.unique().columns()) + ")";
        }
        if (op instanceof DropUnique u) {
            return "unique " + u.table() + "(" + String.join(", ", u.unique().columns()) + ")";
        }
        if (op instanceof CreateIndex i) {
            return "index " + i.index().name() + " on " + i.table() + OperationSummary.indexDefinition(i.index());
        }
        if (op instanceof DropIndex i) {
            return "index " + i.index().name() + " on " + i.table() + OperationSummary.indexDefinition(i.index());
        }
        if (op instanceof AddCheck c) {
            return "check " + c.check().name() + " on " + c.table();
        }
        DropCheck c = (DropCheck) op;
        return "check " + c.check().name() + " on " + c.table();
    }
}
