package com.acme.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

@Revision(id = "2b3c4d5e6f7a", parents = "1a2b3c4d5e6f", message = "add archived_at", created = "2026-11-02T10:00:00Z")
public final class M20261102_100000_add_archived_at implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("books", column("archived_at", "timestamp(6) with time zone"));
    }

    @Override
    public void downgrade(Op op) {
        op.dropColumn("books", column("archived_at", "timestamp(6) with time zone"));
    }
}
