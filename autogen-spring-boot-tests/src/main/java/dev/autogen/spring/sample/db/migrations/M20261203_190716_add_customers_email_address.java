package dev.autogen.spring.sample.db.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

/**
 * add customers email address
 *
 * <p>Revision: 286e9c03ff92<br>
 * Parent: 6494409040f8<br>
 * Created: 2026-12-03T19:07:16Z
 */
@Revision(
        id = "286e9c03ff92",
        parents = "6494409040f8",
        message = "add customers email address",
        created = "2026-12-03T19:07:16Z"
)
public final class M20261203_190716_add_customers_email_address implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("customers", column("email_address", "character varying(320)"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops column customers.email_address and its values
        op.dropColumn("customers", column("email_address", "character varying(320)"));
    }
}
