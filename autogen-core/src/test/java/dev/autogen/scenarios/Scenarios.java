package dev.autogen.scenarios;

import java.util.List;

/**
 * The corpus of entity-set changes (v1 to v2) that the invariant tests run: no false positives
 * against Hibernate's own schema export, convergence after upgrade, the exact v1 schema after
 * downgrade, and byte-identical generated code. Each scenario {@code sNN_name} keeps its entities in
 * the packages {@code dev.autogen.scenarios.sNN_name.v1} and {@code .v2}; table names are unique within one
 * version, and every scenario runs in its own fresh database.
 */
public final class Scenarios {

    private static final String PACKAGE = "dev.autogen.scenarios";

    private static final List<Scenario> ALL = List.of(
        s("s01_create_from_empty",
                "create from empty: writer, article (FK to writer, created later alphabetically), tag, article_tag join table, generated names"),
        s("s02_drop_everything",
                "drop everything: department, employee (self FK, FK to department), project and employee_project join table all dropped, explicit names"),
        s("s03_add_table",
                "add table: invoice (FK to existing customer, named FK and index) added"),
        s("s04_drop_referenced_table",
                "drop table that another references: category dropped, product.category_id kept as a plain column (FK dropped first)"),
        s("s05_add_nullable_column",
                "add nullable columns: note.archived_at (timestamptz), note.tag (varchar 30), note.priority (integer)"),
        s("s06_add_not_null_column_with_default",
                "add NOT NULL columns with defaults: account.status 'new', balance 0, active true, created_at now()"),
        s("s07_drop_column",
                "drop columns: profile.bio, profile.legacy_code (with its generated unique) and profile.nickname (with its named index)"),
        s("s08_widen_varchar",
                "widen varchar: city.name 50 -> 200, city.code 2 -> 3 (NOT NULL kept)"),
        s("s09_narrow_varchar",
                "narrow varchar: city.name 200 -> 100, city.country 100 -> 60 (NOT NULL kept)"),
        s("s10_change_precision_scale",
                "change numeric precision/scale: price.amount (10,2) -> (14,4), rate (5,3) -> (5,2), plain (default 38,2) -> (20,6)"),
        s("s11_int_to_bigint",
                "widen integer types: counter.hits int -> bigint (NOT NULL), total integer -> bigint, small smallint -> integer (default 0 kept)"),
        s("s12_nullable_to_not_null",
                "nullability: ticket.title and ticket.priority become NOT NULL with defaults, ticket.assignee becomes nullable"),
        s("s13_change_defaults",
                "defaults: setting.label gains 'unnamed', retries 3 -> 5, enabled loses false, created_at now() unchanged"),
        s("s14_unique_single_column",
                "single-column uniques: member.email loses its generated unique, username gains one, phone gains named uk_member_phone"),
        s("s15_unique_multi_column",
                "multi-column uniques: enrollment drops uk_enrollment_student_course, adds generated (course_id, term, seat), keeps uk_enrollment_student_term"),
        s("s16_indexes",
                "indexes: event drops ix_event_kind and @Index(unique) ux_event_source_ref, adds ix_event_kind_time, @Index(unique) ux_event_external_ref, generated (source, kind)"),
        s("s17_add_foreign_key",
                "add FKs on existing columns: shipment.carrier_id (named fk_shipment_carrier) and shipment.origin_id (generated name)"),
        s("s18_drop_foreign_key",
                "drop FKs, keep columns: shipment.carrier_id (named fk_shipment_carrier) and shipment.origin_id (generated name)"),
        s("s19_on_delete_action",
                "ON DELETE: comment.post_id none -> CASCADE, comment.author_id (generated name) none -> SET NULL, attachment.comment_id CASCADE -> none"),
        s("s20_composite_pk_id_class",
                "composite PK: stock_item (@IdClass warehouse_code+sku, FK to warehouse) and stock_movement with a two-column FK to it added"),
        s("s21_composite_pk_embedded_id",
                "composite PK: region (@EmbeddedId, @MapsId FK to country) and town with a generated-name two-column FK to it added"),
        s("s22_many_to_many",
                "many-to-many: join table student_course (composite PK, two named FKs) added between existing student and course"),
        s("s23_embeddable_columns",
                "embeddables: client gains street/city/postcode (@Embedded) and billing_street/billing_city/billing_postcode (@AttributeOverrides)"),
        s("s24_mapped_superclass_audit",
                "@MappedSuperclass: supplier, part and contract gain created_at (NOT NULL default now()), updated_at, created_by"),
        s("s25_bean_validation",
                "Bean Validation: signup.email gains @NotNull @Size(max=120), nickname loses @NotNull, bio @Size 500 -> 1000, age gains @NotNull"),
        s("s26_self_referencing_fk",
                "self-referencing FK: node.parent_id added with fk_node_parent (ON DELETE CASCADE) and ix_node_parent"),
        s("s27_fk_cycle",
                "FK cycle from empty: team.captain_id -> player and player.team_id -> team (generated names) created together"),
        s("s28_reserved_words",
                "quoting: table \"order\" (columns \"group\", \"limit\", FK to \"user\") added, \"user\" gains \"group\" and a unique on name"),
        s("s29_mixed_changes",
                "mixed: shelf dropped, loan added, library.city widened and unique dropped, book column drop/add, unique index, FK -> CASCADE"),
        s("s30_identity_primary_key_added",
                "identity column added: device gets id (bigint identity) as new PK, old PK serial becomes NOT NULL with uk_device_serial"),
        s("s31_assigned_id_becomes_identity",
                "identity on an existing column: batch.id assigned bigint -> GENERATED BY DEFAULT AS IDENTITY"),
        s("s32_all_column_types",
                "column types: sample gains one column of every supported type (varchar, ints, numeric, floats, date/time, uuid, bytea, boolean)"),
        s("s33_change_column_types",
                "type changes: measurement.reading real -> double, day date -> timestamp, taken_at timestamp -> timestamptz, code integer -> varchar(12) (reverse needs USING)"),
        s("s34_one_to_one",
                "one-to-one: passport.citizen_id added with FK fk_passport_citizen and the unique Hibernate puts on a @OneToOne join column"),
        s("s35_rename_table_as_drop_add",
                "table rename seen as drop+add: old_log dropped, audit_log (same columns) created"),
        s("s36_no_changes",
                "no changes: identical v1 and v2 (defaults current_date/'open'/0.0/now(), cascade FK, uniques, index) give an empty migration"),
        s("s37_descending_index",
                "descending index keys: log_entry gains (created_at DESC, level) and (\"order\" DESC)"),
        s("s38_sequence_auto_from_empty",
                "sequences from empty: ticket (@GeneratedValue AUTO) with ticket_seq and queue (SEQUENCE, no generator) with queue_seq, both increment 50"),
        s("s39_sequence_generator_added",
                "@SequenceGenerator added: invoice.id assigned -> invoice_number_seq (start 1000, increment 20) created"),
        s("s40_sequence_allocation_size_changed",
                "allocationSize changed: purchase_seq increment 50 -> 5"),
        s("s41_sequence_dropped_for_identity",
                "sequence dropped: payment SEQUENCE -> IDENTITY, payment_seq dropped and payment.id becomes an identity"),
        s("s42_enum_string_added",
                "@Enumerated(STRING) added: task.status varchar(20) NOT NULL default 'OPEN' with task_status_check (OPEN, IN_PROGRESS, DONE)"),
        s("s43_enum_constant_added",
                "enum constants added: article_state_check (DRAFT, PUBLISHED) -> (DRAFT, REVIEW, PUBLISHED, ARCHIVED)"),
        s("s44_enum_ordinal",
                "@Enumerated(ORDINAL): issue.kind check between 0 and 1 -> 0 and 2, issue.priority smallint added with between 0 and 3"),
        s("s45_table_check_added",
                "table checks added: product gains ck_product_price_positive (@Check), ck_product_stock (@Table(check)), anonymous product_check (discount <= price)"),
        s("s46_table_check_removed",
                "table checks removed: ledger_entry drops ck_ledger_entry_one_side and ledger_entry_credit_check, keeps ledger_entry_debit_check"),
        s("s47_bean_validation_min_max",
                "Bean Validation checks: review.stars @Min(1) @Max(5) -> @Min(0) @Max(10), votes gains @Min(0), weight loses @Max(100)"),
        s("s48_comments_added",
                "comments added: customer table (@Comment), customer.name (@Comment) and customer.email (@Column(comment))"),
        s("s49_comments_changed",
                "comments changed: customer table, customer.name and customer.email get new texts"),
        s("s50_comments_removed",
                "comments removed: customer table, customer.name and customer.email lose theirs"),
        s("s51_new_schema_with_tables",
                "new schema from empty: billing.invoice (billing.invoice_seq, unique number) and billing.invoice_line (named FK CASCADE, index)"),
        s("s52_table_moved_between_schemas",
                "table moved between schemas: document (default schema) dropped, archive.document created; folder unchanged"),
        s("s53_two_schemas_cross_fk",
                "two new schemas with FKs across: crm.contact -> account (default schema), billing.bill -> crm.contact (fk_bill_contact)"),
        s("s54_everything_shop",
                "everything: sequence increment 50 -> 20, enum + table + column checks, @Min, comments, billing.payment (sequence, cross-schema FK), legacy_coupon and its sequence dropped"),
        s("s70_enum_type_from_empty",
                "named enum from empty: orderstatus type (CANCELLED, NEW, PAID, SHIPPED: Hibernate sorts them) created before purchase.status uses it"),
        s("s71_enum_value_appended",
                "enum values added in place: priority (HIGH, LOW) gains CRITICAL before HIGH and URGENT at the end; the downgrade recreates it"),
        s("s72_enum_value_removed",
                "enum value removed: state loses ARCHIVED, recreated with post.state converted and its default 'DRAFT' set again"),
        s("s73_enum_constant_renamed",
                "enum constant renamed: color (BLUE, GREEN, RED) -> (AMBER, BLUE, RED), recreated with lamp.color converted"),
        s("s74_enum_column_dropped_with_type",
                "enum column dropped with its type: parcel.carrier_kind dropped, then type carrierkind"),
        s("s75_enum_type_shared_by_two_tables",
                "one enum type, two tables: visibility loses HIDDEN, album.visibility and photo.visibility both converted"));

    private Scenarios() {
    }

    /** Every scenario, sorted by name. */
    public static List<Scenario> all() {
        return ALL;
    }

    private static Scenario s(String name, String description) {
        String base = PACKAGE + "." + name;
        return new Scenario(name, base + ".v1", base + ".v2", description);
    }
}
