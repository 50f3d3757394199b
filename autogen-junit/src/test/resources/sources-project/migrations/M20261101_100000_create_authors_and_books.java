package com.acme.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

@Revision(id = "1a2b3c4d5e6f", message = "create authors and books", created = "2026-11-01T10:00:00Z")
public final class M20261101_100000_create_authors_and_books implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("authors",
                column("id", "bigint").generatedAsIdentity(),
                column("name", "character varying(100)").notNull(),
                primaryKey(null, "id"));
        op.createTable("books",
                column("id", "bigint").generatedAsIdentity(),
                column("title", "character varying(255)").notNull(),
                column("author_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.addForeignKey("books", foreignKey("fk_books_author_id", "author_id", "authors", "id"));
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("books", foreignKey("fk_books_author_id", "author_id", "authors", "id"));
        op.dropTable("books",
                column("id", "bigint").generatedAsIdentity(),
                column("title", "character varying(255)").notNull(),
                column("author_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.dropTable("authors",
                column("id", "bigint").generatedAsIdentity(),
                column("name", "character varying(100)").notNull(),
                primaryKey(null, "id"));
    }
}
