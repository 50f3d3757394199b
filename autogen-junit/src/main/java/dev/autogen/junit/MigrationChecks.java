package dev.autogen.junit;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.schema.Schema;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * The kit's whole-history checks: one head, upgrade from base, entities match head. Each runs on
 * a fresh database of its own.
 */
final class MigrationChecks {

    private final KitProject project;

    MigrationChecks(KitProject project) {
        this.project = project;
    }

    void singleHead() {
        RevisionGraph graph = project.graph();
        List<String> heads = graph.heads();
        if (heads.isEmpty()) {
            throw new AssertionFailedError("no migrations in " + project.migrationsLocation()
                    + "; check the migrations of @AutogenMigrationTests and that they are compiled");
        }
        if (heads.size() > 1) {
            throw new AssertionFailedError("there are " + heads.size() + " heads (" + String.join(", ", heads)
                    + "): the migrations branch; join them with `autogen merge -m MSG`");
        }
    }

    /** Every migration applies to an empty database, in order (all heads, when there are several). */
    void upgradeFromBase() {
        try (FreshDatabase db = project.freshDatabase()) {
            upgradeToHeads(db);
        }
    }

    /** After upgrading to head, the diff between the database and the entities is empty. */
    void entitiesMatchHead() {
        try (FreshDatabase db = project.freshDatabase()) {
            upgradeToHeads(db);
            Schema current = project.schemaOf(db.session());
            Schema desired = project.desired(db.session());
            List<Operation> missing = SchemaDiff.compare(current, desired, project.diffOptions());
            if (!missing.isEmpty()) {
                throw new AssertionFailedError("the entities do not match the schema at head ("
                        + String.join(", ", project.graph().heads()) + "); a new migration would "
                        + describe(missing) + "; run `autogen -m MSG` to generate it");
            }
        }
    }

    private void upgradeToHeads(FreshDatabase db) {
        try {
            project.runner(db.session()).run(planner -> planner.upgrade("heads"));
        } catch (AutogenException e) {
            throw new AssertionFailedError(e.getMessage(), e);
        }
    }

    static String describe(List<Operation> operations) {
        return operations.stream().map(OperationSummary::of).collect(Collectors.joining("; "));
    }
}
