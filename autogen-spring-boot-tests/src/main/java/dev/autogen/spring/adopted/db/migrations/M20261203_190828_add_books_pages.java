package dev.autogen.spring.adopted.db.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

/**
 * add books pages
 *
 * <p>Revision: 943b79e8695f<br>
 * Parent: 8a42fee1c8ae<br>
 * Created: 2026-12-03T19:08:28Z
 */
@Revision(
        id = "943b79e8695f",
        parents = "8a42fee1c8ae",
        message = "add books pages",
        created = "2026-12-03T19:08:28Z"
)
public final class M20261203_190828_add_books_pages implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("books", column("pages", "integer"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops column books.pages and its values
        op.dropColumn("books", column("pages", "integer"));
    }
}
