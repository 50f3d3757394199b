package dev.autogen.diff;

import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropUnique;
import dev.autogen.operation.Operation;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableName;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys over the same columns in another order: the same key, unless the order is made to count. */
class KeyOrderDiffTest {

    private static final TableName MEMBER = TableName.of("member");
    private static final TableName GRANT = TableName.of("grant_row");

    private static Table member(TableElement... keys) {
        List<TableElement> elements = new ArrayList<>(List.of(
                column("tenant_id", "bigint").notNull(),
                column("user_id", "bigint").notNull(),
                column("email", "character varying(120)")));
        elements.addAll(List.of(keys));
        return Table.of(MEMBER, elements);
    }

    private static Table grant(TableElement fk) {
        return Table.of(GRANT, List.of(column("id", "bigint").notNull(), column("t", "bigint"), column("u", "bigint"),
                primaryKey(null, "id"), fk));
    }

    private static DiffOptions options(KeyOrder order) {
        return DiffOptions.DEFAULT.withKeyOrder(order);
    }

    /** Upgrade reaches the desired schema, and its downgrade the current one, in memory. */
    private static List<Operation> diffAndProve(Schema current, Schema desired, KeyOrder order) {
        List<Operation> upgrade = SchemaDiff.compare(current, desired, options(order));
        Schema upgraded = SchemaEditor.apply(current, upgrade);
        assertThat(SchemaDiff.compare(upgraded, desired, options(order))).as("upgrade converges").isEmpty();
        assertThat(SchemaEditor.apply(upgraded, SchemaDiff.inverse(upgrade))).as("downgrade restores")
                .isEqualTo(current);
        return upgrade;
    }

    @Test
    void aPrimaryKeyOverTheSameColumnsInAnotherOrderIsTheSameKey() {
        Schema current = Schema.of(List.of(member(primaryKey("member_pkey", "user_id", "tenant_id"))));
        Schema desired = Schema.of(List.of(member(primaryKey(null, "tenant_id", "user_id"))));

        assertThat(SchemaDiff.compare(current, desired)).isEmpty();
        assertThat(SchemaDiff.compare(current, desired, options(KeyOrder.DECLARED)))
                .as("strict, but the entities did not spell this order out (an @IdClass)").isEmpty();
        assertThat(SchemaDiff.compare(current, desired, options(KeyOrder.EXACT))).containsExactly(
                new DropPrimaryKey(MEMBER, new PrimaryKey("member_pkey", List.of("user_id", "tenant_id"))),
                new AddPrimaryKey(MEMBER, new PrimaryKey(null, List.of("tenant_id", "user_id"))));
    }

    @Test
    void aDeclaredPrimaryKeyOrderCountsWhenStrict() {
        Schema current = Schema.of(List.of(member(primaryKey("member_pkey", "user_id", "tenant_id"))));
        Schema desired = Schema.of(List.of(member(primaryKey(null, "tenant_id", "user_id"))
                .withDeclaredKeyOrders(List.of(List.of("tenant_id", "user_id")))));

        assertThat(SchemaDiff.compare(current, desired)).as("by default: same column set").isEmpty();
        assertThat(diffAndProve(current, desired, KeyOrder.DECLARED)).containsExactly(
                new DropPrimaryKey(MEMBER, new PrimaryKey("member_pkey", List.of("user_id", "tenant_id"))),
                new AddPrimaryKey(MEMBER, new PrimaryKey(null, List.of("tenant_id", "user_id"))));
    }

    @Test
    void aUniqueOverTheSameColumnsInAnotherOrderIsTheSameUnique() {
        Schema current = Schema.of(List.of(member(unique("member_email_tenant_id_key", "email", "tenant_id"))));
        Table wanted = member(unique("ukhashed", "tenant_id", "email"))
                .withDeclaredKeyOrders(List.of(List.of("tenant_id", "email")));

        assertThat(SchemaDiff.compare(current, Schema.of(List.of(wanted)))).isEmpty();
        assertThat(diffAndProve(current, Schema.of(List.of(wanted)), KeyOrder.DECLARED)).containsExactly(
                new DropUnique(MEMBER,
                        new UniqueConstraint("member_email_tenant_id_key", List.of("email", "tenant_id"))),
                new AddUnique(MEMBER, new UniqueConstraint("ukhashed", List.of("tenant_id", "email"))));
    }

    @Test
    void aUniqueWhoseChosenNameDiffersIsRenamedWhateverItsOrder() {
        Schema current = Schema.of(List.of(member(unique("member_email_tenant_id_key", "email", "tenant_id"))));
        Schema desired = Schema.of(List.of(member(unique("uq_member_tenant_email", "tenant_id", "email"))
                .withExplicitNames(Set.of("uq_member_tenant_email"))));

        assertThat(diffAndProve(current, desired, KeyOrder.SET)).containsExactly(
                new RenameConstraint(MEMBER, "member_email_tenant_id_key", "uq_member_tenant_email"));
    }

    @Test
    void aForeignKeyListingTheSamePairsInAnotherOrderIsTheSameForeignKey() {
        Table target = member(primaryKey("member_pkey", "user_id", "tenant_id"));
        Schema current = Schema.of(List.of(target, grant(foreignKey("grant_fk", List.of("u", "t"), "member",
                List.of("user_id", "tenant_id")))));
        Schema desired = Schema.of(List.of(member(primaryKey(null, "tenant_id", "user_id")),
                grant(foreignKey("fkhashed", List.of("t", "u"), "member", List.of("tenant_id", "user_id")))));

        assertThat(SchemaDiff.compare(current, desired)).isEmpty();
        assertThat(SchemaDiff.compare(current, Schema.of(List.of(target, grant(foreignKey("fkhashed",
                List.of("t", "u"), "member", List.of("user_id", "tenant_id")))))))
                .as("other pairs: another foreign key").hasSize(2);
    }
}
