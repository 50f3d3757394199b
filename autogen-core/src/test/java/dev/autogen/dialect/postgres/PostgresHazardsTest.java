package dev.autogen.dialect.postgres;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresHazardsTest {

    private static final TableName USERS = TableName.of("users");

    private static List<String> alter(Column from, Column to) {
        return PostgresHazards.of(new AlterColumn(USERS, from, to), true);
    }

    @Test
    void dropsSayWhatDataIsLost() {
        assertThat(PostgresHazards.of(new DropTable(Table.of(USERS, List.of(column("id", "bigint")))), true))
                .containsExactly("DATA LOSS: drops table users and every row in it");
        assertThat(PostgresHazards.of(new DropColumn(USERS, column("name", "text")), true))
                .containsExactly("DATA LOSS: drops column users.name and its values");
    }

    @Test
    void narrowingTypesLosesDataAndRewritesTheTable() {
        assertThat(alter(column("name", "character varying(200)"), column("name", "character varying(100)")))
                .containsExactly("DATA LOSS: users.name narrows from character varying(200) to character varying(100); "
                                + "longer values are cut to 100 characters",
                        "LOCK: rewrites users under an ACCESS EXCLUSIVE lock to change the type of name; on a large "
                                + "table add a new column, backfill in batches, then swap");
        assertThat(alter(column("n", "numeric(10,4)"), column("n", "numeric(10,2)")))
                .anyMatch(n -> n.contains("decimals beyond 2 places are rounded away"));
        assertThat(alter(column("n", "bigint"), column("n", "integer")))
                .anyMatch(n -> n.contains("values out of the integer range make the migration fail"));
    }

    @Test
    void wideningAVarcharIsFreeButOtherTypeChangesRewrite() {
        assertThat(alter(column("name", "character varying(100)"), column("name", "character varying(200)"))).isEmpty();
        assertThat(alter(column("name", "character varying(100)"), column("name", "text"))).isEmpty();
        assertThat(alter(column("n", "integer"), column("n", "bigint")))
                .singleElement().asString().startsWith("LOCK: rewrites users");
    }

    @Test
    void setNotNullAndNewNotNullColumnsWarn() {
        assertThat(alter(column("email", "text"), column("email", "text").notNull()))
                .singleElement().asString().contains("SET NOT NULL scans users").contains("NOT VALID");
        assertThat(PostgresHazards.of(new AddColumn(USERS, column("email", "text").notNull()), true))
                .singleElement().asString().startsWith("fails if users has rows");
        assertThat(PostgresHazards.of(new AddColumn(USERS, column("email", "text").notNull().withDefault("''")), true))
                .isEmpty();
    }

    @Test
    void locksOnExistingTablesNameTheSaferPattern() {
        assertThat(PostgresHazards.of(new CreateIndex(USERS, index("ix_users_email", "email")), true))
                .singleElement().asString().contains("CREATE INDEX CONCURRENTLY").contains("transactional = false");
        assertThat(PostgresHazards.of(new AddForeignKey(USERS, foreignKey("fk_users_org", "org_id", "org", "id")), true))
                .singleElement().asString().contains("NOT VALID, then VALIDATE CONSTRAINT");
    }

    @Test
    void tablesCreatedInTheSameMigrationHoldNoDataToLock() {
        assertThat(PostgresHazards.of(new CreateIndex(USERS, index("ix_users_email", "email")), false)).isEmpty();
        assertThat(PostgresHazards.of(new AddColumn(USERS, column("email", "text").notNull()), false)).isEmpty();
    }
}
