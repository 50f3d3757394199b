package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets that name no step the verb can take: each is one message saying what is wrong and the
 * command that does what was meant, live and offline ({@code FROM:TO --sql}). No database.
 */
class BadInputTargetsTest {

    /** Does nothing; the planner never runs a migration. */
    public static final class Noop implements Migration {
        @Override
        public void upgrade(Op op) {
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    private static MigrationScript script(String revision, String... parents) {
        return new MigrationScript(revision, List.of(parents), "m " + revision, "", true, null, revision + ".java",
                Noop.class);
    }

    /** {@code a1 <- b2 <- c3}, and {@code ab} sharing the prefix {@code a} with a1 on another branch. */
    private static final RevisionGraph LINEAR = RevisionGraph.of(List.of(
            script("a10000000000"), script("b20000000000", "a10000000000"), script("c30000000000", "b20000000000")));

    private static final List<String> ALL = List.of("a10000000000", "b20000000000", "c30000000000");

    private static void refused(Runnable plan, String... fragments) {
        assertThatThrownBy(plan::run).isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments).doesNotContain("\n"));
    }

    @Test
    void upgradeToARevisionTheDatabaseIsPastIsRefusedLiveAndOffline() {
        Planner atHead = new Planner(LINEAR, ALL);
        refused(() -> atHead.upgrade("b2"), "cannot upgrade to b2: the database is already past it (at c30000000000)",
                "use `autogen downgrade b2`");
        refused(() -> Planner.offline(LINEAR, "head").upgrade("a1"), "the database at head is already past it",
                "use `autogen downgrade head:a1 --sql`");
        assertThat(atHead.upgrade("c3")).isEmpty(); // where it is: nothing to do, not an error
        assertThat(atHead.upgrade("head")).isEmpty();
    }

    @Test
    void downgradeToARevisionNotAppliedIsRefusedLiveAndOffline() {
        Planner atA1 = new Planner(LINEAR, List.of("a10000000000"));
        refused(() -> atA1.downgrade("c3"), "cannot downgrade to c30000000000: it is not applied",
                "use `autogen upgrade c3`");
        refused(() -> Planner.offline(LINEAR, "b2").downgrade("head"), "it is not applied at b2",
                "use `autogen upgrade b2:head --sql`");
    }

    @Test
    void countsTheWrongWaySayWhichDirectionTheyNeed() {
        Planner atB2 = new Planner(LINEAR, List.of("a10000000000", "b20000000000"));
        refused(() -> atB2.upgrade("-1"), "upgrade goes up, and -1 counts down", "use `autogen downgrade -1`",
                "or +1 to apply that many");
        refused(() -> atB2.downgrade("+1"), "downgrade goes down, and +1 counts up", "use `autogen upgrade +1`",
                "or -1 to revert that many");
        refused(() -> Planner.offline(LINEAR, "head").downgrade("+2"), "use `autogen upgrade head:+2 --sql`");
        refused(() -> atB2.upgrade("+2"), "only 1 migration(s) left to apply; use `autogen upgrade head`");
        refused(() -> new Planner(LINEAR, List.of()).downgrade("-1"), "only 0 migration(s) applied",
                "`autogen downgrade base` (already there)");
        refused(() -> atB2.upgrade("+0"), "use +N or -N with N a positive number");
        refused(() -> atB2.upgrade("+x"), "use +N or -N with N a positive number");
    }

    @Test
    void targetsThatMakeNoSenseForTheVerb() {
        Planner atB2 = new Planner(LINEAR, List.of("a10000000000", "b20000000000"));
        refused(() -> atB2.upgrade("base"), "upgrade base has nothing to apply", "use `autogen downgrade base`");
        refused(() -> atB2.downgrade("heads"), "'heads' names every head", "use a revision id, -N or base");
        refused(() -> atB2.stamped("+1"), "stamp records a revision, and +1 is a count");
        refused(() -> atB2.upgrade(""), "an empty target for upgrade");
        refused(() -> atB2.downgrade(" "), "an empty target for downgrade");
        refused(() -> atB2.upgrade(" head"), "has spaces around it; write it as 'head'");
        refused(() -> atB2.upgrade("a1:head"), "is a range, which only --sql takes", "`autogen upgrade head`");
        refused(() -> atB2.upgrade("zz"), "no revision matches 'zz'", "autogen history");
        refused(() -> Planner.offline(LINEAR, "current"), "FROM cannot be 'current'", "autogen current");
        refused(() -> atB2.upgrade("head+1"), "goes past the head");
    }

    @Test
    void anAmbiguousPrefixNamesTheCandidates() {
        RevisionGraph graph = RevisionGraph.of(List.of(script("a10000000000"), script("a20000000000", "a10000000000")));
        refused(() -> new Planner(graph, List.of()).upgrade("a"), "'a' matches several revisions (a10000000000, "
                + "a20000000000); give more characters");
    }

    @Test
    void headWithSeveralHeadsSaysToMergeOrNameOne() {
        RevisionGraph graph = RevisionGraph.of(List.of(script("a10000000000"), script("b20000000000", "a10000000000"),
                script("c30000000000", "a10000000000")));
        refused(() -> new Planner(graph, List.of()).upgrade("head"), "there are 2 heads",
                "`autogen merge -m MSG`", "use `upgrade heads` or a revision");
        assertThat(new Planner(graph, List.of()).upgrade("heads")).hasSize(3);
        assertThat(new Planner(LINEAR, List.of()).upgrade("heads")).hasSize(3); // one head: heads is head
    }
}
