package dev.autogen.workflow;

import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Operation;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code autogen -m MSG --concurrently} does to a diff: the new indexes on tables that
 * already exist (and so may hold many rows) are built {@code CONCURRENTLY}, which PostgreSQL only
 * does outside a transaction, so they are taken out of the transactional migration into one of
 * their own that runs after it. An index on a table created in the same diff stays (the table is
 * empty), and so does a unique index a new foreign key of the same diff references (the key needs
 * it to exist first).
 *
 * <pre>{@code
 * ConcurrentIndexes.Split split = ConcurrentIndexes.split(operations);
 * split.transactional();   // everything else, in the diff's order
 * split.concurrent();      // CreateIndex(..., concurrently = true), in the diff's order
 * }</pre>
 */
public final class ConcurrentIndexes {

    private ConcurrentIndexes() {
    }

    /** The operations of the transactional migration, and the indexes to build concurrently after it. */
    public record Split(List<Operation> transactional, List<Operation> concurrent) {

        public Split {
            transactional = List.copyOf(transactional);
            concurrent = List.copyOf(concurrent);
        }
    }

    public static Split split(List<Operation> operations) {
        Set<TableName> created = new HashSet<>();
        for (Operation op : operations) {
            if (op instanceof CreateTable) {
                created.add(op.table());
            }
        }
        List<Operation> transactional = new ArrayList<>();
        List<Operation> concurrent = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof CreateIndex index && !index.concurrently() && !created.contains(index.table())
                    && !referencedByNewForeignKey(index, operations)) {
                concurrent.add(new CreateIndex(index.table(), index.index(), true));
            } else {
                transactional.add(op);
            }
        }
        return new Split(transactional, concurrent);
    }

    static boolean referencedByNewForeignKey(CreateIndex index, List<Operation> operations) {
        return index.index().unique() && operations.stream().anyMatch(op -> op instanceof AddForeignKey fk
                && fk.foreignKey().referencedTable().equals(index.table())
                && Set.copyOf(fk.foreignKey().referencedColumns()).equals(Set.copyOf(index.index().columns())));
    }
}
