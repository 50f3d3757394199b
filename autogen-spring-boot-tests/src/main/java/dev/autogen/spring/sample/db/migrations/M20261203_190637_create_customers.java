package dev.autogen.spring.sample.db.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

/**
 * create customers
 *
 * <p>Revision: 6494409040f8<br>
 * Parent: none (first migration)<br>
 * Created: 2026-12-03T19:06:37Z
 */
@Revision(
        id = "6494409040f8",
        message = "create customers",
        created = "2026-12-03T19:06:37Z"
)
public final class M20261203_190637_create_customers implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("customers",
                column("id", "bigint").generatedAsIdentity(),
                column("full_name", "character varying(100)").notNull(),
                primaryKey(null, "id"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table customers and every row in it
        op.dropTable("customers",
                column("id", "bigint").generatedAsIdentity(),
                column("full_name", "character varying(100)").notNull(),
                primaryKey(null, "id"));
    }
}
