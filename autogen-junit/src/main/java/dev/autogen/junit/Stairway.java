package dev.autogen.junit;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RunListener.Direction;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.Step;
import dev.autogen.schema.Schema;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The stairway test: for each migration, parents first, upgrade, downgrade, compare the schema
 * with the one before the upgrade, and upgrade again, all on one database. After a failed step
 * the next one starts from a fresh database brought to its parents.
 */
final class Stairway implements AutoCloseable {

    private final KitProject project;
    private FreshDatabase db;
    private boolean trusted;

    Stairway(KitProject project) {
        this.project = project;
    }

    void step(MigrationScript script) {
        Runner runner = runnerAtParentsOf(script);
        trusted = false;
        Schema before = project.schemaOf(db.session());
        apply(runner, script, Direction.UPGRADE, "");
        apply(runner, script, Direction.DOWNGRADE, " after its upgrade");
        Schema back = project.schemaOf(db.session());
        if (!back.ignoringColumnOrder().equals(before.ignoringColumnOrder())) {
            List<Operation> lost = SchemaDiff.compare(back, before);
            throw new AssertionFailedError("the downgrade of " + script.revision() + " (" + script.origin()
                    + ") does not restore the schema before its upgrade: "
                    + (lost.isEmpty() ? "constraint, sequence or type details differ"
                    : "to get back it would still need to " + MigrationChecks.describe(lost)));
        }
        apply(runner, script, Direction.UPGRADE, " again after its downgrade");
        trusted = true;
    }

    /** The stairway's database, at the parents of {@code script}: as the last step left it, or made again. */
    private Runner runnerAtParentsOf(MigrationScript script) {
        if (db != null && trusted) {
            return project.runner(db.session());
        }
        close();
        db = project.freshDatabase();
        Runner runner = project.runner(db.session());
        try {
            for (String parent : script.parents()) {
                runner.apply(runner.planner().upgrade(parent));
            }
        } catch (AutogenException e) {
            throw new TestAbortedException("cannot bring a fresh database to the parents of " + script.revision()
                    + ", so it is not tested: " + e.getMessage(), e);
        }
        return runner;
    }

    private void apply(Runner runner, MigrationScript script, Direction direction, String when) {
        try {
            runner.apply(List.of(new Step(script, direction)));
        } catch (AutogenException e) {
            throw new AssertionFailedError("the " + direction.name().toLowerCase(java.util.Locale.ROOT) + " of "
                    + script.revision() + when + " fails: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (db != null) {
            FreshDatabase closing = db;
            db = null;
            closing.close();
        }
    }
}
