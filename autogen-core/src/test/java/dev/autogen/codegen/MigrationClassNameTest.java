package dev.autogen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class MigrationClassNameTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T22:40:00.987Z");

    @Test
    void stampIsUtcToTheSecondAndMessageIsSlugged() {
        assertThat(MigrationWriter.className(CREATED, "Add archived_at to Interviews!"))
                .isEqualTo("M20261122_224000_add_archived_at_to_interviews");
    }

    @Test
    void accentsAreDroppedAndOtherScriptsCut() {
        assertThat(MigrationWriter.className(CREATED, "Crème brûlée — entrées")).isEqualTo("M20261122_224000_creme_brulee_entrees");
        assertThat(MigrationWriter.className(CREATED, "添加列")).isEqualTo("M20261122_224000");
        assertThat(MigrationWriter.className(CREATED, "添加 users 列")).isEqualTo("M20261122_224000_users");
    }

    @Test
    void emptyOrPunctuationOnlyMessageLeavesTheStamp() {
        assertThat(MigrationWriter.className(CREATED, "")).isEqualTo("M20261122_224000");
        assertThat(MigrationWriter.className(CREATED, null)).isEqualTo("M20261122_224000");
        assertThat(MigrationWriter.className(CREATED, " -- !! ")).isEqualTo("M20261122_224000");
    }

    @Test
    void longMessagesAreCutToFortyCharactersWithoutATrailingUnderscore() {
        String name = MigrationWriter.className(CREATED,
                "split the customer address into street city postal code and country columns");

        assertThat(name).isEqualTo("M20261122_224000_split_the_customer_address_into_street");
        assertThat(name.substring("M20261122_224000_".length())).hasSizeLessThanOrEqualTo(40).doesNotEndWith("_");
    }

    @Test
    void everyNameIsAJavaIdentifierThatSortsByCreation() {
        for (String message : new String[] {"", "1st", "class", "été", "a-b c", "😀", "x".repeat(200)}) {
            assertThat(SourceVersion.isName(MigrationWriter.className(CREATED, message))).as(message).isTrue();
        }
        assertThat(MigrationWriter.className(CREATED, "zzz"))
                .isLessThan(MigrationWriter.className(CREATED.plusSeconds(1), "aaa"));
    }
}
