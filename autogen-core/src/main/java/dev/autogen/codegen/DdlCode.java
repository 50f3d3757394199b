package dev.autogen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.api.Ddl;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.EnumColumn;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.TableComment;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;

/**
 * The {@link Ddl} expression that builds a schema element or sequence, e.g.
 * {@code column("email", "text").notNull()}. Each expression, evaluated, equals the element.
 */
final class DdlCode {

    /** Referenced as {@code $T.member}; JavaPoet prints just {@code member} under the static import. */
    static final ClassName DDL = ClassName.get(Ddl.class);

    private DdlCode() {
    }

    static CodeBlock element(TableElement element) {
        if (element instanceof Column c) {
            return column(c);
        } else if (element instanceof PrimaryKey p) {
            return primaryKey(p);
        } else if (element instanceof UniqueConstraint u) {
            return unique(u);
        } else if (element instanceof CheckConstraint c) {
            return check(c);
        } else if (element instanceof ForeignKey f) {
            return foreignKey(f);
        } else if (element instanceof Index i) {
            return index(i);
        } else if (element instanceof TableComment c) {
            return comment(c);
        }
        throw new IllegalArgumentException("no Ddl expression for " + element);
    }

    static CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $S)", DDL, column.name(), column.type());
        if (!column.nullable() && !column.identity()) {
            code.add(".notNull()");
        }
        if (column.defaultValue() != null) {
            code.add(".withDefault($S)", column.defaultValue());
        }
        if (column.identity()) {
            code.add(".generatedAsIdentity()");
        }
        if (column.generated()) {
            code.add(".generatedAs($S)", column.generatedAs());
        }
        if (column.comment() != null) {
            code.add(".withComment($S)", column.comment());
        }
        return code.build();
    }

    static CodeBlock primaryKey(PrimaryKey primaryKey) {
        return CodeBlock.of("$T.primaryKey($S, $L)", DDL, primaryKey.name(), strings(primaryKey.columns()));
    }

    static CodeBlock unique(UniqueConstraint unique) {
        return CodeBlock.of("$T.unique($S, $L)", DDL, unique.name(), strings(unique.columns()));
    }

    static CodeBlock check(CheckConstraint check) {
        return CodeBlock.of("$T.check($S, $S)", DDL, check.name(), check.expression());
    }

    static CodeBlock comment(TableComment comment) {
        return CodeBlock.of("$T.comment($S)", DDL, comment.text());
    }

    /**
     * {@code sequence("billing.order_seq", 1, 50)}, and {@code sequence("users_id_seq", 1, 1, "users", "id")}
     * for one owned by a column; names qualified as {@code Ddl.sequence} parses them.
     */
    static CodeBlock sequence(Sequence sequence) {
        if (sequence.owner() != null) {
            return CodeBlock.of("$T.sequence($S, $L, $L,$W$S, $S)", DDL, sequence.name().toString(),
                    longLiteral(sequence.start()), longLiteral(sequence.increment()),
                    sequence.owner().table().toString(), sequence.owner().column());
        }
        return CodeBlock.of("$T.sequence($S, $L, $L)", DDL, sequence.name().toString(),
                longLiteral(sequence.start()), longLiteral(sequence.increment()));
    }

    /** {@code enumType("billing.order_status", "NEW", "PAID")}. */
    static CodeBlock enumType(EnumType type) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.enumType($S", DDL, type.name().toString());
        type.values().forEach(v -> code.add(",$W$S", v));
        return code.add(")").build();
    }

    /** {@code enumColumn("orders", "status")}, with the default as a third argument when there is one. */
    static CodeBlock enumColumn(EnumColumn column) {
        return column.defaultValue() == null
                ? CodeBlock.of("$T.enumColumn($S, $S)", DDL, column.table().toString(), column.column())
                : CodeBlock.of("$T.enumColumn($S, $S, $S)", DDL, column.table().toString(), column.column(),
                        column.defaultValue());
    }

    /**
     * {@code view("v", "SELECT ...")} or {@code materializedView(...)}, then one {@code .using(relation, columns...)}
     * per relation it reads (and {@code .using(relation)} when it reads the relation as a whole).
     */
    static CodeBlock view(dev.autogen.schema.View view) {
        CodeBlock.Builder code = CodeBlock.builder().add(view.materialized() ? "$T.materializedView($S,$W$S)"
                : "$T.view($S,$W$S)", DDL, view.name().toString(), view.definition());
        java.util.Map<dev.autogen.schema.TableName, List<String>> columns = new java.util.TreeMap<>();
        for (dev.autogen.schema.ViewUse use : view.uses()) {
            if (use.column() == null) {
                code.add("$Z.using($S)", use.relation().toString());
            } else {
                columns.computeIfAbsent(use.relation(), r -> new java.util.ArrayList<>()).add(use.column());
            }
        }
        columns.forEach((relation, names) -> code.add("$Z.using($S, $L)", relation.toString(), strings(names)));
        return code.build();
    }

    /**
     * {@code index("ix", "col")} or {@code uniqueIndex(...)}, followed by what makes it more than a
     * btree over its keys, in {@code CREATE INDEX}'s order: {@code .using("gin")},
     * {@code .include("a")}, {@code .nullsNotDistinct()}, {@code .where("deleted_at IS NULL")}.
     */
    static CodeBlock index(Index index) {
        CodeBlock.Builder code = CodeBlock.builder().add(index.unique() ? "$T.uniqueIndex($S, $L)" : "$T.index($S, $L)",
                DDL, index.name(), strings(index.columns()));
        if (index.method() != null) {
            code.add("$Z.using($S)", index.method());
        }
        if (!index.include().isEmpty()) {
            code.add("$Z.include($L)", strings(index.include()));
        }
        if (!index.nullsDistinct()) {
            code.add("$Z.nullsNotDistinct()");
        }
        if (index.where() != null) {
            code.add("$Z.where($S)", index.where());
        }
        return code.build();
    }

    /** The single-column form when there is one column, {@code columns(...)} otherwise. */
    static CodeBlock foreignKey(ForeignKey fk) {
        String referenced = fk.referencedTable().toString();
        CodeBlock.Builder code = CodeBlock.builder();
        if (fk.columns().size() == 1) {
            code.add("$T.foreignKey($S, $S, $S, $S)", DDL, fk.name(), fk.columns().get(0), referenced,
                    fk.referencedColumns().get(0));
        } else {
            code.add("$T.foreignKey($S,$W$T.columns($L),$W$S,$W$T.columns($L))", DDL, fk.name(),
                    DDL, strings(fk.columns()), referenced, DDL, strings(fk.referencedColumns()));
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            code.add(".onDelete($L)", action(fk.onDelete()));
        }
        return code.build();
    }

    /** The {@link Ddl} constant for an action; a switch, so a new action fails to compile here. */
    private static CodeBlock action(ReferentialAction action) {
        return switch (action) {
            case NO_ACTION -> CodeBlock.of("$T.NO_ACTION", DDL);
            case RESTRICT -> CodeBlock.of("$T.RESTRICT", DDL);
            case CASCADE -> CodeBlock.of("$T.CASCADE", DDL);
            case SET_NULL -> CodeBlock.of("$T.SET_NULL", DDL);
            case SET_DEFAULT -> CodeBlock.of("$T.SET_DEFAULT", DDL);
        };
    }

    /** {@code 50}, or {@code 10000000000L} beyond the range of an {@code int} literal. */
    private static CodeBlock longLiteral(long value) {
        return value == (int) value ? CodeBlock.of("$L", value) : CodeBlock.of("$LL", value);
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }
}
