package dev.autogen.workflow;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which operations {@code --concurrently} moves into a non-transactional migration: no database. */
class ConcurrentIndexesTest {

    private static final TableName USERS = TableName.of("users");
    private static final TableName TEAMS = TableName.of("teams");

    @Test
    void newIndexesOnExistingTablesMoveOutAndEverythingElseStaysInOrder() {
        Operation addColumn = new AddColumn(USERS, column("full_name", "text"));
        Operation createTeams = new CreateTable(Table.of(TEAMS, List.of(column("id", "bigint").notNull(),
                primaryKey(null, "id"))));
        Operation teamsIndex = new CreateIndex(TEAMS, index("ix_teams_id", "id"));
        Operation usersIndex = new CreateIndex(USERS, index("ix_users_full_name", "full_name"));

        ConcurrentIndexes.Split split = ConcurrentIndexes.split(List.of(createTeams, addColumn, teamsIndex, usersIndex));

        assertThat(split.transactional()).containsExactly(createTeams, addColumn, teamsIndex);
        assertThat(split.concurrent()).containsExactly(new CreateIndex(USERS, index("ix_users_full_name", "full_name"),
                true));
    }

    @Test
    void aUniqueIndexThatANewForeignKeyReferencesStays() {
        Operation unique = new CreateIndex(TEAMS, uniqueIndex("ux_teams_code", "code"));
        Operation fk = new AddForeignKey(USERS, foreignKey("fk_users_team", List.of("team_code"), "teams",
                List.of("code")));

        ConcurrentIndexes.Split split = ConcurrentIndexes.split(List.of(unique, fk));

        assertThat(split.transactional()).containsExactly(unique, fk);
        assertThat(split.concurrent()).isEmpty();
    }

    @Test
    void theIndexMigrationFollowsTheFirstOneAndIsTheSameEachTime() {
        NewMigration first = new NewMigration("3f2a9c1b7d0e", List.of("1a2b3c4d5e6f"),
                Instant.parse("2026-11-22T23:10:00Z"), "add full_name");

        NewMigration indexes = first.followedBy("add full_name (concurrent indexes)");

        assertThat(indexes).isEqualTo(first.followedBy("add full_name (concurrent indexes)"));
        assertThat(indexes.parents()).containsExactly("3f2a9c1b7d0e");
        assertThat(indexes.revision()).matches("[0-9a-f]{12}").isNotEqualTo(first.revision());
        assertThat(indexes.className()).isEqualTo("M20261122_231001_add_full_name_concurrent_indexes")
                .isGreaterThan(first.className());
    }
}
