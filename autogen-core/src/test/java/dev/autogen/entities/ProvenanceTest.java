package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Provenance.Aspect;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The provenance traced for the fixtures in {@code fixtures.provenance}: one assertion per rule. */
class ProvenanceTest {

    private static final TableName USERS = TableName.of("users");

    private static Schema schema;
    private static Provenance provenance;

    @BeforeAll
    static void load() throws Exception {
        try (EntityModel model = EntityModel.load(new EntitySource(List.of(EntityModelTest.testClasses()),
                List.of("dev.autogen.entities.fixtures.provenance"), Map.of()), new PostgresDialect())) {
            schema = model.schema();
            provenance = model.provenance();
        }
    }

    private static Optional<String> type(String table, String column) {
        return provenance.column(TableName.of(table), column, Aspect.TYPE);
    }

    private static Optional<String> nullability(String table, String column) {
        return provenance.column(TableName.of(table), column, Aspect.NULLABILITY);
    }

    private static <E extends TableElement> Optional<String> element(String table, Class<E> kind, Predicate<E> which) {
        Table t = schema.table(TableName.of(table)).orElseThrow();
        E element = t.elements().stream().filter(kind::isInstance).map(kind::cast).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such " + kind.getSimpleName() + " in " + table));
        return provenance.element(TableName.of(table), element);
    }

    @Test
    void typesComeFromTheJavaTypeOrTheAnnotationThatShapesThem() {
        assertThat(type("users", "email")).contains("@Column(length = 100) on User.email");
        assertThat(type("users", "nickname"))
                .contains("the Java type String of User.nickname, with the default length 255 of @Column(length)");
        assertThat(type("users", "bio")).contains("@Size(max = 500) on User.bio");
        assertThat(type("users", "balance"))
                .contains("the Java type BigDecimal of User.balance, with Hibernate's default precision 38 and scale 2");
        assertThat(type("users", "rate")).contains("@Column(precision = 10, scale = 4) on User.rate");
        assertThat(type("users", "createdat")).contains("the Java type Instant of User.createdAt");
        assertThat(type("users", "motto")).contains("@Column(columnDefinition = \"text\") on User.motto");
        assertThat(type("users", "data")).contains("@JdbcTypeCode(SqlTypes.JSON) on User.data");
        assertThat(type("users", "notes")).contains("@Lob on User.notes (String)");
        assertThat(type("users", "status")).contains("@Enumerated(STRING) on User.status");
        assertThat(type("users", "level")).contains("enum Level on User.level, stored as its ordinal (no @Enumerated)");
    }

    @Test
    void notNullIsTracedToTheAnnotationOrTypeThatAskedForIt() {
        assertThat(nullability("users", "id")).contains("@Id on User.id");
        assertThat(nullability("users", "code")).contains("@Column(nullable = false) on User.code");
        assertThat(nullability("users", "backupteam_id")).contains("@JoinColumn(nullable = false) on User.backupTeam");
        assertThat(nullability("users", "team_id")).contains("@ManyToOne(optional = false) on User.team");
        assertThat(nullability("users", "age")).contains("the primitive type int of User.age");
        assertThat(nullability("users", "name")).contains("@NotNull on User.name");
        assertThat(nullability("users", "version")).contains("@Version on User.version");
        assertThat(nullability("vehicle", "kind")).contains("the discriminator of Vehicle, which is never NULL");
        assertThat(nullability("users", "nickname")).hasValueSatisfying(
                rule -> assertThat(rule).startsWith("nothing on User.nickname asks for NOT NULL"));
    }

    @Test
    void attributesAreFollowedThroughEmbeddablesAndMappedSuperclasses() {
        assertThat(provenance.attribute(USERS, "city")).contains("User.address.city");
        assertThat(type("users", "city")).contains("@Column(length = 40) on User.address.city");
        assertThat(nullability("users", "updatedat")).contains("@NotNull on User.updatedAt (declared in Auditable)");
    }

    @Test
    void joinColumnsCollectionTablesAndInheritanceNameTheirAssociation() {
        assertThat(type("users", "team_id")).contains("the type of the key it references, for @ManyToOne on User.team");
        assertThat(provenance.table(TableName.of("user_tags"))).contains("@ElementCollection on User.tags, its collection table");
        assertThat(provenance.table(TableName.of("users_team"))).contains("@ManyToMany on User.teams, its join table");
        assertThat(nullability("user_tags", "user_id"))
                .contains("the key of @ElementCollection on User.tags, which Hibernate makes NOT NULL");
        assertThat(type("user_tags", "tags")).contains("the Java type String of User.tags, with the default length 255 "
                + "of @Column(length)");
        assertThat(type("dog", "id")).contains("the primary key of JOINED subclass Dog, typed as its parent's");
        assertThat(type("vehicle", "kind")).contains("@DiscriminatorColumn(name = \"kind\") on Vehicle");
        assertThat(provenance.table(USERS)).contains("@Entity User (@Table(name = \"users\"))");
    }

    @Test
    void aSingleTableSubclassColumnIsTracedToTheSubclassAndSaysWhyNotNullIsNotApplied() {
        assertThat(nullability("vehicle", "wheels")).contains("@Column(nullable = false) on Car.wheels");
        assertThat(nullability("vehicle", "plate")).contains("@NotNull on Car.plate is not applied to the table: it is "
                + "a column of a SINGLE_TABLE subclass, NULL in the other classes' rows");
    }

    @Test
    void defaultsCommentsAndIdentityNameTheirAnnotation() {
        assertThat(provenance.column(USERS, "score", Aspect.DEFAULT)).contains("@ColumnDefault(\"0\") on User.score");
        assertThat(provenance.column(USERS, "score", Aspect.COMMENT)).contains("@Comment on User.score");
        assertThat(provenance.column(USERS, "id", Aspect.IDENTITY)).contains("@GeneratedValue(strategy = IDENTITY) on User.id");
        assertThat(provenance.column(USERS, "nickname", Aspect.DEFAULT)).isEmpty();
    }

    @Test
    void foreignKeysNameTheAssociationAndItsOnDelete() {
        assertThat(element("users", dev.autogen.schema.ForeignKey.class, fk -> fk.columns().equals(List.of("team_id"))))
                .contains("@ManyToOne on User.team, with @OnDelete(action = CASCADE)");
        assertThat(element("users_team", dev.autogen.schema.ForeignKey.class, fk -> fk.columns().equals(List.of("teams_id"))))
                .contains("@ManyToMany on User.teams, to its target");
        assertThat(element("dog", dev.autogen.schema.ForeignKey.class, fk -> true))
                .contains("JOINED inheritance: Dog extends Animal");
    }

    @Test
    void uniquesIndexesAndChecksNameWhereTheyWereDeclared() {
        assertThat(element("users", dev.autogen.schema.UniqueConstraint.class, u -> u.columns().size() == 2))
                .contains("@UniqueConstraint(columnNames = {\"firstName\", \"lastName\"}) declared in "
                        + "@Table(uniqueConstraints) on User");
        assertThat(element("users", dev.autogen.schema.UniqueConstraint.class, u -> u.columns().equals(List.of("code"))))
                .contains("@Column(unique = true) on User.code");
        assertThat(element("users", dev.autogen.schema.UniqueConstraint.class,
                u -> u.columns().equals(List.of("ownteam_id")))).contains("@OneToOne on User.ownTeam (one target per row)");
        assertThat(element("users", dev.autogen.schema.Index.class, i -> true))
                .contains("@Index(name = \"ix_users_created\", columnList = \"createdAt\") declared in @Table(indexes) on User");
        assertThat(element("users", dev.autogen.schema.CheckConstraint.class, c -> c.name().equals("users_status_check")))
                .contains("check from @Enumerated(STRING) on User.status");
        assertThat(element("users", dev.autogen.schema.CheckConstraint.class, c -> c.name().equals("users_quantity_check")))
                .contains("check from @Min(0) and @Max(99) on User.quantity");
        assertThat(element("vehicle", dev.autogen.schema.CheckConstraint.class, c -> true))
                .contains("check from the discriminator values of Vehicle and its subclasses");
    }
}
