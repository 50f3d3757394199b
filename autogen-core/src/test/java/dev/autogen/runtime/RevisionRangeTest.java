package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code history -r A:B} ranges over a graph with a branch and a merge; no database. */
class RevisionRangeTest {

    // aaa1 <- bbb2 <- ccc3 <- eee5 (merge)
    //            \<- ddd4 <-/
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            script("aaa1"), script("bbb2", "aaa1"), script("ccc3", "bbb2"), script("ddd4", "bbb2"),
            script("eee5", "ccc3", "ddd4")));

    private static MigrationScript script(String revision, String... parents) {
        return new MigrationScript(revision, List.of(parents), "m " + revision, "", true, "x", revision + ".java",
                null);
    }

    private static List<String> range(String range, String... applied) {
        return RevisionRange.of(GRAPH, new Planner(GRAPH, List.of(applied)), range).stream()
                .map(MigrationScript::revision).toList();
    }

    @Test
    void bothEndsAreIncludedAndEveryPathBetweenThemIsFollowed() {
        assertThat(range("aaa1:ccc3")).containsExactly("aaa1", "bbb2", "ccc3");
        assertThat(range("bbb2:eee5")).containsExactly("bbb2", "ccc3", "ddd4", "eee5");
        assertThat(range("bbb:head")).as("a prefix and head").containsExactly("bbb2", "ccc3", "ddd4", "eee5");
    }

    @Test
    void openEndsReachBaseOrTheHeads() {
        assertThat(range(":bbb2")).containsExactly("aaa1", "bbb2");
        assertThat(range("ccc3:")).containsExactly("ccc3", "eee5");
        assertThat(range("base:heads")).containsExactly("aaa1", "bbb2", "ccc3", "ddd4", "eee5");
        assertThat(range("base:base")).isEmpty();
    }

    @Test
    void currentIsWhereTheDatabaseStands() {
        assertThat(range("current:", "aaa1", "bbb2", "ddd4")).containsExactly("ddd4", "eee5");
        assertThat(range(":current", "aaa1", "bbb2")).containsExactly("aaa1", "bbb2");
        assertThat(range("current:ccc3")).as("nothing applied: current is base")
                .containsExactly("aaa1", "bbb2", "ccc3");
        assertThat(RevisionRange.needsDatabase("current:")).isTrue();
        assertThat(RevisionRange.needsDatabase("base:head")).isFalse();
    }

    @Test
    void unrelatedUnknownAndMalformedRangesAreClearErrors() {
        assertThatThrownBy(() -> range("ccc3:ddd4")).isInstanceOf(AutogenException.class)
                .hasMessage("revision ccc3 is not an ancestor of ddd4, so the range ccc3:ddd4 is empty; "
                        + "give an older revision first, on the same branch as the second");
        assertThatThrownBy(() -> range("eee5:aaa1")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("not an ancestor of aaa1");
        assertThatThrownBy(() -> range("fff9:")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("no revision matches 'fff9'");
        assertThatThrownBy(() -> range("aaa1")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("bad range 'aaa1'; write A:B, A: or :B");
        assertThatThrownBy(() -> range("a:b:c")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("bad range");
    }
}
