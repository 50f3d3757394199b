package dev.autogen.junit;

import dev.autogen.runtime.MigrationScript;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A JUnit 5 test class for a project's migrations: extend it from an empty class carrying
 * {@link AutogenMigrationTests} and it runs, each as a test of its own,
 *
 * <ul>
 *   <li>{@code single head}: the migrations form one line of history (no branches to merge);</li>
 *   <li>{@code upgrade: base to head}: every migration applies to an empty database;</li>
 *   <li>{@code entities match head}: the schema at head is what the entities map to (the diff
 *       {@code autogen check} makes is empty);</li>
 *   <li>{@code stairway: REV MESSAGE}, one per migration: upgrade, downgrade, the schema is what it
 *       was before, upgrade again.</li>
 * </ul>
 *
 * <pre>{@code
 * @AutogenMigrationTests(config = "autogen.toml")
 * class MigrationsTest extends MigrationTestKit {
 * }
 * }</pre>
 */
public abstract class MigrationTestKit {

    /** The kit's tests, named for reports; a failure says which revision and what differs. */
    @TestFactory
    public final Stream<DynamicTest> migrations() {
        KitProject project = KitProject.of(getClass());
        MigrationChecks checks = new MigrationChecks(project);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("single head", checks::singleHead));
        tests.add(DynamicTest.dynamicTest("upgrade: base to head", checks::upgradeFromBase));
        tests.add(DynamicTest.dynamicTest("entities match head", checks::entitiesMatchHead));
        Stairway stairway = new Stairway(project);
        List<MigrationScript> scripts = project.orderedOrNull();
        if (scripts == null) {
            tests.add(DynamicTest.dynamicTest("stairway", () -> project.graph()));
        } else {
            for (MigrationScript script : scripts) {
                tests.add(DynamicTest.dynamicTest("stairway: " + script.shortRevision() + " " + script.message(),
                        () -> stairway.step(script)));
            }
        }
        return tests.stream().onClose(() -> {
            try {
                stairway.close();
            } finally {
                project.close();
            }
        });
    }
}
