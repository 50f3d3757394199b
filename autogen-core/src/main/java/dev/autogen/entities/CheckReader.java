package dev.autogen.entities;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A table's check constraints as Hibernate's schema export writes them and PostgreSQL then names
 * them. Per column, every anonymous check (an enum's {@code status in ('NEW','DONE')}, an ordinal's
 * {@code size between 0 and 1}, Bean Validation's {@code quantity>=1} and {@code quantity<=99}, a
 * field's {@code @Check}) goes into one inline {@code check ((a) and (b))}; named ones keep their
 * name; then come the table's own ({@code @Check} on the class, {@code @Table(check = ...)}).
 * The database names an anonymous check {@code <table>_<column>_check} when it reads exactly one
 * column, else {@code <table>_check}, with a number appended on a clash: see {@link ImplicitCheckNames}.
 */
final class CheckReader {

    private final StoredNames names;

    CheckReader(StoredNames names) {
        this.names = names;
    }

    List<CheckConstraint> checks(org.hibernate.mapping.Table table) {
        return checks(table, (check, column) -> { });
    }

    /**
     * As {@link #checks(org.hibernate.mapping.Table)}, telling {@code sources} the column each
     * check was declared on ({@code null} for the table's own checks).
     */
    List<CheckConstraint> checks(org.hibernate.mapping.Table table,
                                 BiConsumer<CheckConstraint, org.hibernate.mapping.Column> sources) {
        TableName tableName = names.table(table);
        List<String> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(names.column(column));
        }
        ImplicitCheckNames implicit = new ImplicitCheckNames(tableName.name(), columns, explicitNames(table));
        List<CheckConstraint> out = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<String> anonymous = new ArrayList<>();
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                if (check.isAnonymous()) {
                    anonymous.add(check.getConstraint());
                } else {
                    out.add(new CheckConstraint(names.constraint(check.getName()), check.getConstraint()));
                    sources.accept(out.get(out.size() - 1), column);
                }
            }
            if (!anonymous.isEmpty()) {
                String expression = anonymous.size() == 1 ? anonymous.get(0)
                        : "(" + String.join(") and (", anonymous) + ")";
                out.add(new CheckConstraint(implicit.next(expression), expression));
                sources.accept(out.get(out.size() - 1), column);
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            String name = check.isAnonymous() ? implicit.next(check.getConstraint())
                    : names.constraint(check.getName());
            out.add(new CheckConstraint(name, check.getConstraint()));
            sources.accept(out.get(out.size() - 1), null);
        }
        return out;
    }

    private Set<String> explicitNames(org.hibernate.mapping.Table table) {
        Set<String> taken = new HashSet<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                if (check.isNamed()) {
                    taken.add(names.constraint(check.getName()));
                }
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            if (check.isNamed()) {
                taken.add(names.constraint(check.getName()));
            }
        }
        return taken;
    }
}
