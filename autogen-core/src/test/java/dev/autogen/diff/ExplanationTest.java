package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AlterColumn;
import dev.autogen.schema.TableName;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final TableName USERS = TableName.of("users");

    @Test
    void aTypeDifferenceNamesTheRuleBehindTheEntitySide() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("email", "character varying(191)"),
                column("email", "character varying(255)"))))
                .containsExactly("type: entities character varying(255) (length 255 is the default of "
                        + "@Column(length)); database has character varying(191)");
    }

    @Test
    void everyAspectThatDiffersGetsItsLine() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("n", "integer"),
                column("n", "integer").notNull().withDefault("0").withComment("count"))))
                .hasSize(3)
                .anyMatch(l -> l.startsWith("nullability: entities NOT NULL"))
                .anyMatch(l -> l.equals("default: entities 0 (from @ColumnDefault); database has none"))
                .anyMatch(l -> l.equals("comment: entities 'count' (from @Comment); database has none"));
    }

    @Test
    void aMissingColumnShowsBothSides() {
        assertThat(Explanation.of(new AddColumn(USERS, column("total", "numeric(38,2)"))))
                .containsExactly("entities: total numeric(38,2) (precision 38 and scale 2 are Hibernate's defaults "
                        + "for BigDecimal)", "database: no column total in users");
    }
}
