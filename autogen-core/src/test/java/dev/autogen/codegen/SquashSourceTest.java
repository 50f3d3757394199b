package dev.autogen.codegen;

import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source of a squash: its header and {@code @Revision} name the revisions it replaces. */
class SquashSourceTest {

    private static MigrationSpec squash() {
        return Specs.spec("7d0e3f2a9c1b", List.of("1a2b3c4d5e6f"), "interviews squashed",
                        List.of(new AddColumn(TableName.of("interviews"), column("notes", "text"))))
                .withReplaces(List.of("3f2a9c1b7d0e", "9c1b7d0e3f2a", "0e3f2a9c1b7d"));
    }

    @Test
    void matchesItsGoldenFile() {
        Golden.assertMatches("M20261122_224000_interviews_squashed.java.txt", MigrationWriter.write(squash()));
    }

    @Test
    void aMigrationThatReplacesNothingSaysNothingAboutIt() {
        String plain = MigrationWriter.write(Specs.addArchivedAt());

        assertThat(plain).doesNotContain("replaces").doesNotContain("Replaces");
        assertThat(MigrationWriter.write(squash()))
                .contains("replaces = {\"3f2a9c1b7d0e\", \"9c1b7d0e3f2a\", \"0e3f2a9c1b7d\"}")
                .contains(" * Replaces (squashed): 3f2a9c1b7d0e, 9c1b7d0e3f2a, 0e3f2a9c1b7d<br>\n");
    }
}
