package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.DropColumn;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Provenance.Aspect;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final TableName USERS = TableName.of("users");

    private static final Provenance TRACED = Provenance.builder()
            .attribute(USERS, "email", "User.email")
            .column(USERS, "email", Aspect.TYPE, "@Column(length = 100) on User.email")
            .attribute(USERS, "name", "User.name")
            .column(USERS, "name", Aspect.NULLABILITY, "@NotNull on User.name")
            .column(USERS, "name", Aspect.TYPE, "the Java type String of User.name")
            .foreignKey(USERS, List.of("team_id"), "@ManyToOne on User.team")
            .column(USERS, "id", Aspect.NULLABILITY, "@Id on User.id")
            .check(USERS, "users_status_check", "check from @Enumerated(STRING) on User.status")
            .build();

    @Test
    void releasingAnOwnedSequenceSaysWhyAndNotTheGeneratorRules() {
        var owned = dev.autogen.api.Ddl.sequence("users_id_seq", 1, 1, "users", "id");
        var free = owned.withOwner(null);

        assertThat(Explanation.of(new dev.autogen.operation.AlterSequence(owned, free))).containsExactly(
                "users_id_seq: owned by users.id, which goes away; released first so that dropping the column does "
                        + "not drop the sequence, and owned again by the downgrade");
        assertThat(Explanation.of(new dev.autogen.operation.AlterSequence(free, owned)))
                .containsExactly("users_id_seq: owned by users.id (OWNED BY), as in the database this schema was read from");
    }

    @Test
    void aTypeDifferenceNamesTheAnnotationAndAttributeBehindTheEntitySide() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("email", "character varying(191)"),
                column("email", "character varying(100)")), TRACED))
                .containsExactly("users.email: entity wants character varying(100) (@Column(length = 100) on "
                        + "User.email); database has character varying(191)");
    }

    @Test
    void notNullNamesItsSourceAndTheDatabaseSide() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("name", "text"), column("name", "text").notNull()),
                TRACED)).containsExactly("users.name: entity wants NOT NULL (@NotNull on User.name); database allows NULL");
    }

    @Test
    void withoutProvenanceTheRuleIsInferredFromTheType() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("email", "character varying(191)"),
                column("email", "character varying(255)"))))
                .containsExactly("users.email: entity wants character varying(255) (length 255 is the default of "
                        + "@Column(length)); database has character varying(191)");
    }

    @Test
    void everyAspectThatDiffersGetsItsLine() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("n", "integer"),
                column("n", "integer").notNull().withDefault("0").withComment("count"))))
                .containsExactly(
                        "users.n: entity wants NOT NULL (from @Column(nullable = false), @Id, a primitive type, @NotNull "
                                + "or optional = false); database allows NULL",
                        "users.n: entity wants DEFAULT 0 (from @ColumnDefault); database has no default",
                        "users.n: entity wants comment 'count' (from @Comment); database has no comment");
    }

    @Test
    void aRemovedDefaultNamesTheAttributeThatHasNone() {
        assertThat(Explanation.of(new AlterColumn(USERS, column("name", "text").withDefault("'x'"),
                column("name", "text")), TRACED))
                .containsExactly("users.name: entity wants no default (no @ColumnDefault on User.name); "
                        + "database has DEFAULT 'x'");
    }

    @Test
    void aMissingColumnShowsBothSidesOfEachAspect() {
        assertThat(Explanation.of(new AddColumn(USERS, column("name", "character varying(255)").notNull()), TRACED))
                .containsExactly(
                        "users.name: entity wants character varying(255) (the Java type String of User.name); "
                                + "database has no such column",
                        "users.name: entity wants NOT NULL (@NotNull on User.name); database has no such column");
        assertThat(Explanation.of(new AddColumn(USERS, column("total", "numeric(38,2)"))))
                .containsExactly("users.total: entity wants numeric(38,2) (precision 38 and scale 2 are Hibernate's "
                        + "defaults for BigDecimal); database has no such column");
    }

    @Test
    void aDroppedColumnSaysNothingMapsToIt() {
        assertThat(Explanation.of(new DropColumn(USERS, column("venue", "text")), TRACED))
                .containsExactly("users.venue: no entity attribute maps to it; database has text");
    }

    @Test
    void keysAndChecksNameWhatAskedForThem() {
        ForeignKey fk = new ForeignKey("fk_users_team", List.of("team_id"), TableName.of("team"), List.of("id"),
                ReferentialAction.NO_ACTION);
        assertThat(Explanation.of(new AddForeignKey(USERS, fk), TRACED)).containsExactly(
                "users(team_id) -> team(id) on delete NO ACTION: entity wants it (@ManyToOne on User.team); database "
                        + "has no foreign key with these columns, target and action (a name alone is not a difference)");
        assertThat(Explanation.of(new AddCheck(USERS, new CheckConstraint("users_status_check",
                "status in ('NEW')")), TRACED)).containsExactly("check users_status_check on users: entity wants it "
                + "(check from @Enumerated(STRING) on User.status); database has none with the same definition (a name "
                + "alone is not a difference)");
    }

    @Test
    void aPrimaryKeyNamesTheIdAttribute() {
        assertThat(Explanation.of(new AddPrimaryKey(USERS, new PrimaryKey(null, List.of("id"))), TRACED))
                .containsExactly("users(id): entity wants it as the primary key (@Id on User.id); database has no "
                        + "primary key with these columns");
    }

    @Test
    void aRenameNamesBothNames() {
        assertThat(Explanation.of(new dev.autogen.operation.RenameConstraint(USERS, "FKk8coe46o6eqh80cujdnn1riel",
                "fk_users_team"), TRACED)).singleElement().asString()
                .startsWith("users.fk_users_team: entity names the constraint fk_users_team")
                .endsWith("database has the same definition named FKk8coe46o6eqh80cujdnn1riel");
        assertThat(Explanation.of(new dev.autogen.operation.RenameIndex(USERS, "ix_old", "ix_users_email"), TRACED))
                .singleElement().asString().contains("entity names the index ix_users_email");
    }
}
