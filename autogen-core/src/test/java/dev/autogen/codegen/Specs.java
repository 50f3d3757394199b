package dev.autogen.codegen;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.columns;
import static dev.autogen.api.Ddl.comment;
import static dev.autogen.api.Ddl.enumColumn;
import static dev.autogen.api.Ddl.enumType;
import static dev.autogen.api.Ddl.foreignKey;
import static dev.autogen.api.Ddl.index;
import static dev.autogen.api.Ddl.materializedView;
import static dev.autogen.api.Ddl.primaryKey;
import static dev.autogen.api.Ddl.sequence;
import static dev.autogen.api.Ddl.unique;
import static dev.autogen.api.Ddl.uniqueIndex;
import static dev.autogen.api.Ddl.view;

import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUnique;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnum;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateEnum;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateSchema;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.CreateView;
import dev.autogen.operation.DropCheck;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropEnum;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropSchema;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameConstraint;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameTable;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUnique;
import dev.autogen.operation.DropView;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SetTableComment;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Migration specs shared by the code generation tests. */
final class Specs {

    static final String PACKAGE = "com.acme.migrations";
    static final Instant CREATED = Instant.parse("2026-11-22T22:40:00Z");

    private Specs() {
    }

    /** The migration of {@code Migration}'s Javadoc: one added column. */
    static MigrationSpec addArchivedAt() {
        Operation add = new AddColumn(TableName.of("interviews"), column("archived_at", "timestamp(6) with time zone"));
        return spec("3f2a9c1b7d0e", List.of("1a2b3c4d5e6f"), "add archived_at", List.of(add));
    }

    /** What {@code autogen -m --concurrently} writes for two new indexes on an existing table. */
    static MigrationSpec concurrentIndexes() {
        TableName interviews = TableName.of("interviews");
        List<Operation> upgrade = List.of(
                new CreateIndex(interviews, index("ix_interviews_title", "title"), true),
                new CreateIndex(interviews, uniqueIndex("ux_interviews_external_id", "external_id"), true));
        return spec("4b5c6d7e8f90", List.of("3f2a9c1b7d0e"), "add archived_at (concurrent indexes)", upgrade)
                .nonTransactional();
    }

    /**
     * One index of each kind on a table made for them, in PostgreSQL's spelling (as introspection
     * reads them), and a partial unique index dropped: its downgrade recreates it with its predicate.
     */
    static MigrationSpec indexKinds() {
        TableName doc = TableName.of("doc");
        List<Operation> upgrade = new ArrayList<>();
        upgrade.add(new CreateTable(Table.of(doc, List.of(column("id", "bigint").notNull(),
                column("email", "character varying(255)"), column("name", "text"), column("title", "text"),
                column("code", "text"), column("ref", "bigint"), column("deleted_at", "timestamp without time zone"),
                column("created", "timestamp without time zone"), column("body", "jsonb"), column("tags", "text[]"),
                column("during", "tsrange"), column("spot", "point"), primaryKey("doc_pkey", "id")))));
        indexKindsOf().forEach(ix -> upgrade.add(new CreateIndex(doc, ix)));
        upgrade.add(new DropIndex(doc, uniqueIndex("ux_doc_old", "lower(email::text)")
                .where("deleted_at IS NULL AND email::text <> ''::text")));
        return spec("7d0e3f2a9c1b", List.of("3f2a9c1b7d0e"), "index kinds", upgrade);
    }

    /** The indexes of {@link #indexKinds()}: partial, partial unique, expression, INCLUDE, opclass, collation, methods. */
    static List<dev.autogen.schema.Index> indexKindsOf() {
        return List.of(
                index("ix_doc_partial", "email").where("deleted_at IS NULL"),
                uniqueIndex("ux_doc_partial", "lower(email::text)").where("deleted_at IS NULL AND email::text <> ''::text"),
                index("ix_doc_expression", "lower(name) DESC NULLS LAST", "(id + 1)"),
                index("ix_doc_include", "ref").include("name", "title"),
                index("ix_doc_opclass", "code text_pattern_ops", "email varchar_pattern_ops DESC"),
                index("ix_doc_collation", "title COLLATE \"C\""),
                uniqueIndex("ux_doc_nulls", "code", "ref").nullsNotDistinct(),
                index("ix_doc_gin_jsonb", "body jsonb_path_ops").using("gin"),
                index("ix_doc_gin_array", "tags").using("gin"),
                index("ix_doc_gist", "during").using("gist"),
                index("ix_doc_brin", "created").using("brin"),
                index("ix_doc_hash", "code").using("hash"),
                index("ix_doc_spgist", "spot").using("spgist"),
                index("ix_doc_everything", "ref DESC", "lower(title) text_pattern_ops").include("email")
                        .where("ref IS NOT NULL AND title ~~ 'a%'::text"));
    }

    /**
     * Every kind of operation, each modifier, both foreign key forms, a table with checks, a
     * comment and a commented column, and sequence numbers beyond the range of an {@code int}.
     */
    static MigrationSpec everyOperation() {
        TableName teams = TableName.of("teams");
        TableName lines = TableName.parse("billing.invoice_lines");
        TableName members = TableName.of("members");
        TableName interviews = TableName.of("interviews");
        TableName legacy = TableName.of("legacy");
        List<Operation> upgrade = List.of(
                new dev.autogen.operation.SetLockTimeout(java.time.Duration.ofSeconds(5)),
                new CreateSchema("billing"),
                new CreateSequence(sequence("billing.invoice_no_seq", 1000, 50)),
                new CreateEnum(enumType("billing.invoice_state", "DRAFT", "SENT", "PAID")),
                new AlterEnum(enumType("member_role", "ADMIN", "MEMBER"), enumType("member_role", "MEMBER", "OWNER"),
                        List.of(enumColumn("interviews", "panel_role"),
                                enumColumn("members", "role", "'MEMBER'::member_role"))),
                new CreateTable(Table.of(teams, List.of(
                        column("id", "bigint").generatedAsIdentity(),
                        column("name", "character varying(100)").notNull()
                                .withComment("Shown on the \"Teams\" page; unique"),
                        column("created_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                        column("motto", "text").withDefault("'onwards'::text"),
                        primaryKey("teams_pkey", "id"),
                        unique("uk_teams_name", "name"),
                        check("ck_teams_name_not_blank", "btrim((name)::text) <> ''::text"),
                        check("ck_teams_created_at_past", "created_at <= now()"),
                        comment("Teams that members belong to")))),
                new CreateTable(Table.of(lines, List.of(
                        column("invoice_id", "bigint").notNull(),
                        column("invoice_version", "integer").notNull(),
                        column("line_no", "integer").notNull(),
                        column("amount", "numeric(12,2)").notNull(),
                        primaryKey(null, "invoice_id", "line_no"),
                        unique("uk_invoice_lines_amount", "invoice_id", "amount"),
                        unique("uk_invoice_lines_version", "invoice_version")))),
                new AddColumn(interviews, column("archived_at", "timestamp(6) with time zone")),
                new AddColumn(members, column("team_id", "bigint")),
                new AlterColumn(members, column("email", "character varying(255)"),
                        column("email", "character varying(320)").notNull().withDefault("''::character varying")),
                new DropPrimaryKey(members, primaryKey("members_pkey", "id", "legacy_code")),
                new DropColumn(members, column("legacy_code", "text").notNull().withDefault("'none'::text")),
                new AddPrimaryKey(members, primaryKey("members_pkey", "id")),
                new DropUnique(members, unique("uk_members_handle", "handle")),
                new DropCheck(members, check("ck_members_handle_lower", "(handle)::text = lower((handle)::text)")),
                new AddCheck(members, check("ck_members_email_lower", "(email)::text = lower((email)::text)")),
                new AddUnique(members, unique("uk_members_email", "email")),
                new DropForeignKey(interviews, foreignKey("fk_interviews_legacy", "legacy_id", "legacy", "id")),
                new AddForeignKey(members, foreignKey("fk_members_team", "team_id", "teams", "id")
                        .onDelete(ReferentialAction.CASCADE)),
                new AddForeignKey(lines, foreignKey("fk_invoice_lines_invoice", columns("invoice_id", "invoice_version"),
                        "billing.invoices", columns("id", "version")).onDelete(ReferentialAction.SET_NULL)),
                new DropIndex(interviews, index("ix_interviews_legacy", "legacy_id")),
                new CreateIndex(members, index("ix_members_team", "team_id")),
                new CreateIndex(members, uniqueIndex("ux_members_team_handle", "team_id", "handle")),
                new AlterSequence(sequence("member_seq", 1, 1), sequence("member_seq", 1, 50)),
                new SetTableComment(members, null, "People who sit on interview panels"),
                new SetTableComment(interviews, "Interviews", "Interviews, archived ones included"),
                new DropTable(Table.of(legacy, List.of(
                        column("id", "integer").notNull().withComment("From the old system"),
                        column("name", "text"),
                        primaryKey("legacy_pkey", "id"),
                        comment("Imported in 2019")))),
                new DropSequence(sequence("legacy.ticket_seq", 9_000_000_000L, -1)),
                new DropEnum(enumType("legacy.kind", "OLD", "NEW")),
                new DropSchema("legacy"),
                new RenameTable(TableName.parse("billing.bill"), "invoice"),
                new RenameColumn(TableName.of("members"), "name", "full_name"),
                new RenameConstraint(members, "fk7h3kq0w2c9", "fk_members_team_id"),
                new RenameIndex(members, "idx5x1v9", "ix_members_team_id"),
                new DropView(materializedView("member_counts", "SELECT team_id,\n    count(*) AS members\n   FROM members\n  GROUP BY team_id")
                        .using("members").using("members", "team_id")),
                new CreateView(view("billing.open_invoices", "SELECT id FROM billing.invoices WHERE paid_at IS NULL")
                        .using("billing.invoices", "id", "paid_at")),
                new Execute("UPDATE members SET email = lower(email) WHERE email <> lower(email)", null));
        return spec("9c1b7d0e3f2a", List.of("3f2a9c1b7d0e"), "teams, invoice lines and the rest", upgrade);
    }

    /** A spec whose downgrade is the inverses of {@code upgrade} in reverse order, as the diff plans. */
    static MigrationSpec spec(String revision, List<String> parents, String message, List<Operation> upgrade) {
        List<Operation> downgrade = new ArrayList<>();
        upgrade.forEach(op -> downgrade.add(op.inverse()));
        Collections.reverse(downgrade);
        return new MigrationSpec(PACKAGE, MigrationWriter.className(CREATED, message), revision, parents, message,
                CREATED, upgrade, downgrade);
    }
}
