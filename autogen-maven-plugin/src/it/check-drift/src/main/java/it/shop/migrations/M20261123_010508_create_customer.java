package it.shop.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

/**
 * create customer
 *
 * <p>Revision: 3c320771eb69<br>
 * Parent: none (first migration)<br>
 * Created: 2026-11-23T01:05:08Z
 */
@Revision(
        id = "3c320771eb69",
        message = "create customer",
        created = "2026-11-23T01:05:08Z"
)
public final class M20261123_010508_create_customer implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("customer",
                column("id", "bigint").notNull(),
                column("name", "character varying(255)"),
                primaryKey(null, "id"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table customer and every row in it
        op.dropTable("customer",
                column("id", "bigint").notNull(),
                column("name", "character varying(255)"),
                primaryKey(null, "id"));
    }
}
