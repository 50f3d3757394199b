package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.runtime.RunListener.Direction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the graph and the planner read a squash ({@code replaces}), with no database: the chain
 * a → b → c is squashed into s, and d follows c.
 */
class SquashPlanningTest {

    private static MigrationScript script(String revision, List<String> parents, String... replaces) {
        return new MigrationScript(revision, parents, "m " + revision, "", true, null, revision + ".java", null,
                List.of(replaces));
    }

    private static final MigrationScript A = script("aaaa", List.of());
    private static final MigrationScript B = script("bbbb", List.of("aaaa"));
    private static final MigrationScript C = script("cccc", List.of("bbbb"));
    private static final MigrationScript D = script("dddd", List.of("cccc"));
    private static final MigrationScript S = script("ssss", List.of(), "aaaa", "bbbb", "cccc");

    /** With the old files, or without a, b and c once every database is past the chain. */
    private static RevisionGraph graph(boolean oldFiles) {
        List<MigrationScript> scripts = new ArrayList<>(List.of(S, D));
        if (oldFiles) {
            scripts.addAll(List.of(A, B, C));
        }
        return RevisionGraph.of(scripts);
    }

    private static List<String> steps(List<Step> steps) {
        return steps.stream().map(s -> (s.direction() == Direction.UPGRADE ? "+" : "-") + s.script().revision())
                .toList();
    }

    @Test
    void theSquashStandsForItsChainInOrderHeadsAndAncestry() {
        for (boolean oldFiles : new boolean[] {true, false}) {
            RevisionGraph graph = graph(oldFiles);

            assertThat(graph.ordered()).extracting(MigrationScript::revision).containsExactly("ssss", "dddd");
            assertThat(graph.heads()).containsExactly("dddd");
            assertThat(graph.get("dddd").parents()).containsExactly("ssss");
            assertThat(graph.ancestorsOf("dddd")).containsExactlyInAnyOrder("dddd", "ssss");
            assertThat(graph.squashReplacing("bbbb")).map(MigrationScript::revision).contains("ssss");
            assertThat(graph.contains("bbbb")).isEqualTo(oldFiles);
        }
    }

    @Test
    void aNewDatabaseRunsTheSquashOnly() {
        Planner planner = new Planner(graph(true), List.of());

        assertThat(steps(planner.upgrade("head"))).containsExactly("+ssss", "+dddd");
        assertThat(planner.current()).isEmpty();
    }

    @Test
    void aDatabaseThatRanTheWholeChainIsAtTheSquash() {
        for (boolean oldFiles : new boolean[] {true, false}) {
            Planner planner = new Planner(graph(oldFiles), List.of("aaaa", "bbbb", "cccc"));

            assertThat(planner.current()).containsExactly("ssss");
            assertThat(steps(planner.upgrade("head"))).containsExactly("+dddd");
            assertThat(steps(planner.upgrade("ssss"))).isEmpty();
            assertThat(steps(planner.downgrade("base"))).containsExactly("-ssss");
            assertThat(steps(planner.downgrade("-1"))).containsExactly("-ssss");
        }
        Planner atHead = new Planner(graph(false), List.of("aaaa", "bbbb", "cccc", "dddd"));
        assertThat(atHead.isAtHead()).isTrue();
        assertThat(atHead.current()).containsExactly("dddd");
        assertThat(steps(atHead.downgrade("ssss"))).containsExactly("-dddd");
    }

    @Test
    void aDatabaseInTheMiddleOfTheChainFinishesItWithTheOldMigrations() {
        Planner planner = new Planner(graph(true), List.of("aaaa"));

        assertThat(planner.current()).containsExactly("aaaa");
        assertThat(planner.isAtHead()).isFalse();
        assertThat(steps(planner.upgrade("head"))).containsExactly("+bbbb", "+cccc", "+dddd");
        assertThat(steps(planner.upgrade("ssss"))).containsExactly("+bbbb", "+cccc");
        assertThat(steps(planner.upgrade("+1"))).containsExactly("+bbbb");
        assertThat(steps(planner.upgrade("+3"))).containsExactly("+bbbb", "+cccc", "+dddd");

        Planner twoIn = new Planner(graph(true), List.of("aaaa", "bbbb"));
        assertThat(twoIn.current()).containsExactly("bbbb");
        assertThat(steps(twoIn.downgrade("base"))).containsExactly("-bbbb", "-aaaa");
        assertThat(steps(twoIn.downgrade("-1"))).containsExactly("-bbbb");
    }

    @Test
    void aDatabaseInTheMiddleNeedsTheOldFiles() {
        assertThatThrownBy(() -> new Planner(graph(false), List.of("aaaa", "bbbb")))
                .isInstanceOf(AutogenException.class)
                .hasMessage("database is at revision bbbb, in the middle of the chain squashed into ssss, whose "
                        + "migration(s) aaaa, bbbb, cccc were deleted; restore them from version control to upgrade "
                        + "this database through the old chain");
    }

    @Test
    void replacedRevisionsAreNoTargetsAndUnknownRowsStillFail() {
        Planner planner = new Planner(graph(true), List.of());

        assertThatThrownBy(() -> planner.upgrade("bbbb")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("revision bbbb was squashed into ssss");
        assertThatThrownBy(() -> new Planner(graph(true), List.of("eeee"))).isInstanceOf(AutogenException.class)
                .hasMessageContaining("database is at revision eeee, which no migration here declares");
    }

    @Test
    void aRevisionReplacedTwiceIsRefused() {
        MigrationScript other = script("tttt", List.of(), "bbbb", "cccc");

        assertThatThrownBy(() -> RevisionGraph.of(List.of(S, other, D))).isInstanceOf(AutogenException.class)
                .hasMessageContaining("revision bbbb is replaced by two squashes, ssss.java and tttt.java");
    }
}
