package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative targets ({@code REV+N}, {@code REV-N}) on a graph with a branch and a merge: no database. */
class PlannerTargetTest {

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

    /**
     * {@code a1 <- b2 <- c3 <- (d4, e5) <- f6}: c3 is a branch point, f6 merges d4 and e5. The ids
     * are padded to twelve characters so that prefixes are unique.
     */
    private static final RevisionGraph BRANCHED = RevisionGraph.of(List.of(
            script("a10000000000"), script("b20000000000", "a10000000000"),
            script("c30000000000", "b20000000000"), script("d40000000000", "c30000000000"),
            script("e50000000000", "c30000000000"), script("f60000000000", "d40000000000", "e50000000000")));

    /** {@code a1 <- b2 <- c3}. */
    private static final RevisionGraph LINEAR = RevisionGraph.of(List.of(
            script("a10000000000"), script("b20000000000", "a10000000000"), script("c30000000000", "b20000000000")));

    private static List<String> revisions(List<Step> steps) {
        return steps.stream().map(s -> s.script().revision().substring(0, 2)).toList();
    }

    @Test
    void revPlusNIsNStepsAfterTheRevision() {
        Planner fresh = new Planner(BRANCHED, List.of());

        assertThat(revisions(fresh.upgrade("a1+1"))).containsExactly("a1", "b2");
        assertThat(revisions(fresh.upgrade("a10000000000+2"))).containsExactly("a1", "b2", "c3");
        assertThat(revisions(fresh.upgrade("base+1"))).containsExactly("a1");
        assertThat(revisions(fresh.upgrade("d4+1"))).containsExactly("a1", "b2", "c3", "d4", "e5", "f6");
        assertThat(revisions(new Planner(BRANCHED, List.of("a10000000000")).upgrade("a1+2"))).containsExactly("b2", "c3");
    }

    @Test
    void revMinusNIsNStepsBeforeTheRevisionAndReachesBase() {
        List<String> all = BRANCHED.ordered().stream().map(MigrationScript::revision).toList();
        Planner atHead = new Planner(BRANCHED, all);

        assertThat(revisions(atHead.downgrade("d4-1"))).containsExactly("f6", "e5", "d4");
        assertThat(revisions(atHead.downgrade("c3-2"))).containsExactly("f6", "e5", "d4", "c3", "b2");
        assertThat(revisions(atHead.downgrade("b2-2"))).containsExactly("f6", "e5", "d4", "c3", "b2", "a1");
        Planner linear = new Planner(LINEAR, List.of("a10000000000", "b20000000000", "c30000000000"));
        assertThat(revisions(linear.downgrade("head-1"))).containsExactly("c3");
        assertThat(revisions(linear.downgrade("head-3"))).containsExactly("c3", "b2", "a1");
        assertThat(new Planner(LINEAR, List.of()).stamped("head-1")).containsExactly("a10000000000", "b20000000000");
    }

    @Test
    void aStepWithSeveralWaysToGoNamesThem() {
        Planner fresh = new Planner(BRANCHED, List.of());

        assertThatThrownBy(() -> fresh.upgrade("c3+1")).isInstanceOf(AutogenException.class)
                .hasMessage("cannot resolve 'c3+1': c30000000000 has 2 children (d40000000000, e50000000000); "
                        + "name the one you mean instead");
        assertThatThrownBy(() -> fresh.upgrade("a1+3")).isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("cannot resolve 'a1+3': c30000000000 has 2 children");
    }

    @Test
    void aMergeHasSeveralParentsToNameGoingDown() {
        assertThatThrownBy(() -> new Planner(BRANCHED, List.of()).stamped("f6-1"))
                .hasMessage("cannot resolve 'f6-1': f60000000000 has 2 parents (d40000000000, e50000000000); "
                        + "name the one you mean instead");
    }

    @Test
    void runningOffEitherEndIsAnError() {
        Planner fresh = new Planner(LINEAR, List.of());

        assertThatThrownBy(() -> fresh.upgrade("head+1"))
                .hasMessage("cannot resolve 'head+1': it goes past the head; only 0 step(s) lead up from c30000000000");
        assertThatThrownBy(() -> fresh.upgrade("a1+3"))
                .hasMessage("cannot resolve 'a1+3': it goes past the head; only 2 step(s) lead up from a10000000000");
        assertThatThrownBy(() -> fresh.upgrade("b2-3"))
                .hasMessage("cannot resolve 'b2-3': it goes past base; only 2 step(s) lead down from b20000000000");
        assertThatThrownBy(() -> fresh.upgrade("base-1"))
                .hasMessage("cannot resolve 'base-1': it goes past base; only 0 step(s) lead down from base");
    }

    @Test
    void unknownOrBadRevisionsAreClearErrors() {
        Planner fresh = new Planner(LINEAR, List.of());

        assertThatThrownBy(() -> fresh.upgrade("ffff+1"))
                .hasMessage("cannot resolve 'ffff+1': no revision matches 'ffff'; see `autogen history`");
        assertThatThrownBy(() -> fresh.upgrade("a1+0"))
                .hasMessage("bad target 'a1+0'; use REV+N or REV-N with N a positive number");
        assertThatThrownBy(() -> fresh.upgrade("heads+1")).hasMessageContaining("'heads' names several revisions");
    }

    @Test
    void anIdThatLooksRelativeIsTakenAsAnId() {
        List<MigrationScript> scripts = new ArrayList<>(LINEAR.ordered());
        scripts.add(script("v2-1", "c30000000000"));
        RevisionGraph graph = RevisionGraph.of(scripts);

        assertThat(new Planner(graph, List.of()).stamped("v2-1")).hasSize(4).contains("v2-1");
    }
}
