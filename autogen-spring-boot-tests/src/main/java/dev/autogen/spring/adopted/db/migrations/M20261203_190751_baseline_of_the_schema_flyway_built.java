package dev.autogen.spring.adopted.db.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

/**
 * baseline of the schema Flyway built
 *
 * <p>Revision: 8a42fee1c8ae<br>
 * Parent: none (first migration)<br>
 * Created: 2026-12-03T19:07:51Z
 */
@Revision(
        id = "8a42fee1c8ae",
        message = "baseline of the schema Flyway built",
        created = "2026-12-03T19:07:51Z"
)
public final class M20261203_190751_baseline_of_the_schema_flyway_built implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("books",
                column("id", "bigint").notNull(),
                column("title", "character varying(200)").notNull(),
                primaryKey(null, "id"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table books and every row in it
        op.dropTable("books",
                column("id", "bigint").notNull(),
                column("title", "character varying(200)").notNull(),
                primaryKey(null, "id"));
    }
}
