package com.example.migrations;

import static dev.autogen.api.Ddl.*;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;

/**
 * initial schema
 *
 * <p>Revision: 7a9b876b32d2<br>
 * Parent: none (first migration)<br>
 * Created: 2026-11-22T23:00:42Z
 */
@Revision(
        id = "7a9b876b32d2",
        message = "initial schema",
        created = "2026-11-22T23:00:42Z"
)
public final class M20261122_230042_initial_schema implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("ashby_webhook_payloads",
                column("payload_id", "uuid").notNull(),
                column("action", "character varying(100)").notNull(),
                column("payload", "text").notNull(),
                column("processed_at", "timestamp(6) with time zone"),
                column("processing_error", "character varying(2000)"),
                column("received_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                column("signature_valid", "boolean").notNull(),
                primaryKey(null, "payload_id"));
        op.createTable("datamingle_users",
                column("id", "bigint").generatedAsIdentity(),
                column("is_active", "boolean").notNull().withDefault("true"),
                column("is_admin", "boolean").notNull().withDefault("false"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("email", "character varying(320)").notNull(),
                column("first_name", "character varying(100)"),
                column("language", "character varying(16)"),
                column("last_login_at", "timestamp(6) with time zone"),
                column("last_name", "character varying(100)"),
                column("profile_picture_url", "character varying(1024)"),
                column("timezone", "character varying(64)"),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("workos_user_id", "character varying(255)").notNull(),
                primaryKey(null, "id"),
                unique("ukt5h5aq4figiw5jtbccipo3w74", "workos_user_id"));
        op.createTable("feedback_drafts",
                column("draft_id", "uuid").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("form_values", "text").notNull(),
                column("interviewer_id", "uuid").notNull(),
                column("submitted", "boolean").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                column("event_id", "uuid").notNull(),
                column("form_definition_id", "uuid").notNull(),
                primaryKey(null, "draft_id"),
                unique("uq_feedback_drafts_event_id_interviewer_id", "event_id", "interviewer_id"));
        op.createTable("feedback_form_definitions",
                column("form_definition_id", "uuid").notNull(),
                column("is_archived", "boolean").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("is_default_form", "boolean").notNull(),
                column("definition", "text").notNull(),
                column("title", "character varying(500)").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                primaryKey(null, "form_definition_id"));
        op.createTable("feedback_reminders_sent",
                column("reminder_id", "uuid").notNull(),
                column("interviewer_id", "uuid").notNull(),
                column("reminder_type", "character varying(20)").notNull(),
                column("sent_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                column("slack_channel_id", "character varying(32)"),
                column("slack_message_ts", "character varying(32)"),
                column("event_id", "uuid").notNull(),
                column("slack_user_id", "character varying(32)"),
                primaryKey(null, "reminder_id"),
                unique("uq_feedback_reminders_sent_event_id_interviewer_id_reminder_typ", "event_id", "interviewer_id", "reminder_type"));
        op.createTable("integration",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("created_by_user_id", "character varying(255)"),
                column("description", "character varying(1000)"),
                column("last_used_at", "timestamp(6) with time zone"),
                column("name", "character varying(255)").notNull(),
                column("service_type", "character varying(32)").notNull(),
                column("status", "character varying(20)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("owner_team_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.createTable("integration_credential",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("credential_type", "character varying(32)").notNull(),
                column("encrypted_value", "character varying(4096)").notNull(),
                column("expires_at", "timestamp(6) with time zone"),
                column("refresh_token_encrypted", "character varying(4096)"),
                column("scopes", "character varying(1000)"),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("integration_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.createTable("integration_event",
                column("id", "bigint").generatedAsIdentity(),
                column("actor_user_id", "character varying(255)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("details", "character varying(4000)"),
                column("event_type", "character varying(32)").notNull(),
                column("affected_team_id", "bigint"),
                column("integration_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.createTable("integration_share",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("revoked_at", "timestamp(6) with time zone"),
                column("share_level", "character varying(20)").notNull(),
                column("shared_by_user_id", "character varying(255)"),
                column("status", "character varying(20)").notNull(),
                column("integration_id", "bigint").notNull(),
                column("team_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_integration_share_integration_id_team_id", "integration_id", "team_id"));
        op.createTable("interview_assignments",
                column("assignment_id", "uuid").notNull(),
                column("assigned_at", "timestamp(6) with time zone"),
                column("feedback_submitted", "boolean").notNull(),
                column("interviewer_email", "character varying(320)").notNull(),
                column("interviewer_id", "uuid").notNull(),
                column("interviewer_name", "character varying(255)"),
                column("event_id", "uuid").notNull(),
                primaryKey(null, "assignment_id"),
                unique("uq_interview_assignments_event_id_interviewer_id", "event_id", "interviewer_id"));
        op.createTable("interview_events",
                column("event_id", "uuid").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("end_time", "timestamp(6) with time zone").notNull(),
                column("feedback_link", "character varying(1024)"),
                column("location", "character varying(255)"),
                column("meeting_link", "character varying(1024)"),
                column("start_time", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                column("interview_id", "uuid"),
                column("schedule_id", "uuid").notNull(),
                primaryKey(null, "event_id"));
        op.createTable("interview_schedules",
                column("schedule_id", "uuid").notNull(),
                column("application_id", "uuid").notNull(),
                column("candidate_id", "uuid"),
                column("candidate_name", "character varying(255)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("interview_stage_id", "uuid"),
                column("job_title", "character varying(255)"),
                column("status", "character varying(40)").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                primaryKey(null, "schedule_id"));
        op.createTable("interviews",
                column("interview_id", "uuid").notNull(),
                column("is_archived", "boolean").notNull(),
                column("is_debrief", "boolean").notNull(),
                column("external_title", "text"),
                column("instructions", "text"),
                column("title", "text"),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                column("feedback_form_definition_id", "uuid"),
                primaryKey(null, "interview_id"));
        op.createTable("organization_members",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("joined_at", "timestamp(6) with time zone"),
                column("role", "character varying(20)").notNull(),
                column("invited_by_id", "bigint"),
                column("organization_id", "bigint").notNull(),
                column("user_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_organization_members_organization_id_user_id", "organization_id", "user_id"));
        op.createTable("organizations",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("billing_email", "character varying(320)"),
                column("description", "character varying(1000)"),
                column("max_members", "integer"),
                column("monthly_budget", "numeric(12,2)"),
                column("name", "character varying(255)").notNull(),
                column("slug", "character varying(100)").notNull(),
                column("status", "character varying(20)").notNull().withDefault("'active'"),
                column("subscription_tier", "character varying(20)").notNull().withDefault("'free'"),
                column("owner_id", "bigint"),
                primaryKey(null, "id"),
                unique("uq_organizations_slug", "slug"));
        op.createTable("permissions",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("action", "character varying(50)").notNull(),
                column("description", "character varying(255)"),
                column("name", "character varying(100)").notNull(),
                column("resource", "character varying(50)").notNull(),
                primaryKey(null, "id"),
                unique("uq_permissions_name", "name"),
                unique("uq_permissions_resource_action", "resource", "action"));
        op.createTable("resource_access",
                column("id", "bigint").generatedAsIdentity(),
                column("access_level", "character varying(20)").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("granted_by_user_id", "character varying(255)"),
                column("resource_id", "bigint").notNull(),
                column("team_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_resource_access_resource_id_team_id", "resource_id", "team_id"));
        op.createTable("role_permissions",
                column("role_id", "bigint").notNull(),
                column("permission_id", "bigint").notNull(),
                primaryKey(null, "permission_id", "role_id"));
        op.createTable("roles",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("description", "character varying(255)"),
                column("name", "character varying(50)").notNull(),
                column("is_system", "boolean").notNull(),
                primaryKey(null, "id"),
                unique("uq_roles_name", "name"));
        op.createTable("service_resource",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("external_id", "character varying(255)").notNull(),
                column("last_synced_at", "timestamp(6) with time zone"),
                column("name", "character varying(255)").notNull(),
                column("resource_type", "character varying(32)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("integration_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_service_resource_integration_id_resource_type_external_id", "integration_id", "resource_type", "external_id"));
        op.createTable("slack_analysis",
                column("id", "bigint").generatedAsIdentity(),
                column("completed_at", "timestamp(6) with time zone"),
                column("cost_usd", "numeric(10,4)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("created_by_user_id", "character varying(255)"),
                column("description", "character varying(1000)"),
                column("end_date", "date").notNull(),
                column("llm_model", "character varying(100)"),
                column("message_count", "integer").notNull(),
                column("name", "character varying(255)").notNull(),
                column("participant_count", "integer").notNull(),
                column("start_date", "date").notNull(),
                column("status", "character varying(20)").notNull(),
                column("team_id", "bigint"),
                column("workspace_id", "character varying(32)").notNull(),
                primaryKey(null, "id"));
        op.createTable("slack_analysis_channel",
                column("analysis_id", "bigint").notNull(),
                column("channel_id", "character varying(32)").notNull(),
                primaryKey(null, "analysis_id", "channel_id"));
        op.createTable("slack_channel",
                column("id", "character varying(32)").notNull(),
                column("is_archived", "boolean").notNull(),
                column("is_bot_member", "boolean").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("last_sync_at", "timestamp(6) with time zone"),
                column("member_count", "integer").notNull().withDefault("0"),
                column("name", "character varying(80)").notNull(),
                column("purpose", "character varying(250)"),
                column("is_selected_for_analysis", "boolean").notNull().withDefault("false"),
                column("topic", "character varying(250)"),
                column("type", "character varying(20)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("workspace_id", "character varying(32)").notNull(),
                primaryKey(null, "id"));
        op.createTable("slack_contribution",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("insights", "character varying(4000)"),
                column("knowledge_sharing_score", "numeric(5,2)"),
                column("leadership_score", "numeric(5,2)"),
                column("message_count", "integer").notNull(),
                column("problem_solving_score", "numeric(5,2)"),
                column("reaction_count", "integer").notNull(),
                column("reply_count", "integer").notNull(),
                column("thread_count", "integer").notNull(),
                column("total_score", "numeric(7,2)").notNull(),
                column("analysis_id", "bigint").notNull(),
                column("user_id", "character varying(32)").notNull(),
                primaryKey(null, "id"),
                unique("uq_slack_contribution_analysis_id_user_id", "analysis_id", "user_id"));
        op.createTable("slack_message",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("is_edited", "boolean").notNull(),
                column("message_datetime", "timestamp(6) with time zone").notNull(),
                column("message_type", "character varying(32)").notNull(),
                column("reaction_count", "integer").notNull(),
                column("reply_count", "integer").notNull(),
                column("slack_ts", "character varying(32)").notNull(),
                column("subtype", "character varying(64)"),
                column("text", "character varying(40000)"),
                column("thread_ts", "character varying(32)"),
                column("channel_id", "character varying(32)").notNull(),
                column("parent_id", "bigint"),
                column("user_id", "character varying(32)"),
                primaryKey(null, "id"),
                unique("uq_slack_message_channel_id_slack_ts", "channel_id", "slack_ts"));
        op.createTable("slack_reaction",
                column("id", "bigint").generatedAsIdentity(),
                column("emoji_code", "character varying(100)"),
                column("emoji_name", "character varying(100)").notNull(),
                column("reaction_datetime", "timestamp(6) with time zone"),
                column("message_id", "bigint").notNull(),
                column("user_id", "character varying(32)").notNull(),
                primaryKey(null, "id"),
                unique("uq_slack_reaction_message_id_user_id_emoji_name", "message_id", "user_id", "emoji_name"));
        op.createTable("slack_user",
                column("id", "character varying(32)").notNull(),
                column("is_admin", "boolean").notNull(),
                column("is_bot", "boolean").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("is_deleted", "boolean").notNull(),
                column("display_name", "character varying(255)"),
                column("email", "character varying(320)"),
                column("name", "character varying(255)").notNull(),
                column("profile_image_url", "character varying(1024)"),
                column("real_name", "character varying(255)"),
                column("timezone", "character varying(64)"),
                column("timezone_offset", "integer"),
                column("title", "character varying(255)"),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("workspace_id", "character varying(32)").notNull(),
                primaryKey(null, "id"));
        op.createTable("slack_users",
                column("slack_user_id", "character varying(32)").notNull(),
                column("is_bot", "boolean").notNull(),
                column("is_deleted", "boolean").notNull(),
                column("display_name", "character varying(255)"),
                column("email", "character varying(320)").notNull(),
                column("real_name", "character varying(255)"),
                column("timezone", "character varying(64)"),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                primaryKey(null, "slack_user_id"));
        op.createTable("slack_workspace",
                column("id", "character varying(32)").notNull(),
                column("is_connected", "boolean").notNull(),
                column("connection_status", "character varying(20)").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("domain", "character varying(255)"),
                column("icon_url", "character varying(1024)"),
                column("last_connected_at", "timestamp(6) with time zone"),
                column("last_sync_at", "timestamp(6) with time zone"),
                column("name", "character varying(255)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("team_id", "bigint"),
                primaryKey(null, "id"));
        op.createTable("team",
                column("id", "bigint").generatedAsIdentity(),
                column("avatar_url", "character varying(1024)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("created_by_user_id", "character varying(255)"),
                column("description", "character varying(1000)"),
                column("name", "character varying(255)").notNull(),
                column("is_personal", "boolean").notNull(),
                column("slug", "character varying(100)").notNull(),
                column("team_size", "integer").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                primaryKey(null, "id"),
                unique("uq_team_slug", "slug"));
        op.createTable("team_member",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("display_name", "character varying(255)"),
                column("email", "character varying(320)"),
                column("invitation_expires_at", "timestamp(6) with time zone"),
                column("invitation_status", "character varying(20)").notNull(),
                column("role", "character varying(20)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("user_id", "character varying(255)").notNull(),
                column("team_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_team_member_team_id_user_id", "team_id", "user_id"));
        op.createTable("user_roles",
                column("user_id", "bigint").notNull(),
                column("role_id", "bigint").notNull(),
                primaryKey(null, "role_id", "user_id"));
        op.createTable("users",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("is_active", "boolean").notNull(),
                column("email", "character varying(320)").notNull(),
                column("full_name", "character varying(255)"),
                column("hashed_password", "character varying(255)").notNull(),
                column("last_login_at", "timestamp(6) with time zone"),
                column("is_superuser", "boolean").notNull(),
                column("username", "character varying(100)"),
                primaryKey(null, "id"),
                unique("uq_users_email", "email"),
                unique("uq_users_username", "username"));
        op.createIndex("ashby_webhook_payloads",
                index("ix_ashby_webhook_payloads_action", "action"));
        op.createIndex("ashby_webhook_payloads",
                index("ix_ashby_webhook_payloads_received_at", "received_at"));
        op.createIndex("datamingle_users", index("ix_datamingle_users_email", "email"));
        op.createIndex("integration", index("ix_integration_owner_team_id", "owner_team_id"));
        op.createIndex("integration",
                index("ix_integration_service_type_status", "service_type", "status"));
        op.createIndex("integration_credential",
                index("ix_integration_credential_integration_id", "integration_id"));
        op.createIndex("integration_event",
                index("ix_integration_event_integration_id_created_at", "integration_id", "created_at"));
        op.createIndex("interview_assignments",
                index("ix_interview_assignments_interviewer_email", "interviewer_email"));
        op.createIndex("interview_events", index("ix_interview_events_schedule_id", "schedule_id"));
        op.createIndex("interview_events", index("ix_interview_events_start_time", "start_time"));
        op.createIndex("interview_schedules",
                index("ix_interview_schedules_application_id", "application_id"));
        op.createIndex("interview_schedules", index("ix_interview_schedules_status", "status"));
        op.createIndex("organization_members", index("ix_organization_members_user_id", "user_id"));
        op.createIndex("organizations", index("ix_organizations_status", "status"));
        op.createIndex("slack_analysis",
                index("ix_slack_analysis_workspace_id_start_date", "workspace_id", "start_date"));
        op.createIndex("slack_channel",
                index("ix_slack_channel_workspace_id_name", "workspace_id", "name"));
        op.createIndex("slack_contribution", index("ix_slack_contribution_user_id", "user_id"));
        op.createIndex("slack_message",
                index("ix_slack_message_channel_id_message_datetime", "channel_id", "message_datetime"));
        op.createIndex("slack_message", index("ix_slack_message_parent_id", "parent_id"));
        op.createIndex("slack_message", index("ix_slack_message_user_id", "user_id"));
        op.createIndex("slack_user",
                index("ix_slack_user_workspace_id_email", "workspace_id", "email"));
        op.createIndex("team_member", index("ix_team_member_user_id", "user_id"));
        op.addForeignKey("feedback_drafts",
                foreignKey("fk_feedback_drafts_event_id", "event_id", "interview_events", "event_id").onDelete(CASCADE));
        op.addForeignKey("feedback_drafts",
                foreignKey("fk_feedback_drafts_form_definition_id", "form_definition_id", "feedback_form_definitions", "form_definition_id"));
        op.addForeignKey("feedback_reminders_sent",
                foreignKey("fk_feedback_reminders_sent_event_id", "event_id", "interview_events", "event_id").onDelete(CASCADE));
        op.addForeignKey("feedback_reminders_sent",
                foreignKey("fk_feedback_reminders_sent_slack_user_id", "slack_user_id", "slack_users", "slack_user_id"));
        op.addForeignKey("integration",
                foreignKey("fk93jwws52pxqn4eatn19wxqm1v", "owner_team_id", "team", "id").onDelete(CASCADE));
        op.addForeignKey("integration_credential",
                foreignKey("fka8x0khcy207gkunnvy25ddu8b", "integration_id", "integration", "id").onDelete(CASCADE));
        op.addForeignKey("integration_event",
                foreignKey("fk27oepnnrei9sk3wk0fqxxngr1", "affected_team_id", "team", "id"));
        op.addForeignKey("integration_event",
                foreignKey("fkf50hxubn8vkornd964pide7fu", "integration_id", "integration", "id").onDelete(CASCADE));
        op.addForeignKey("integration_share",
                foreignKey("fk45jwn802dyhiurpnmcmkqlglu", "integration_id", "integration", "id").onDelete(CASCADE));
        op.addForeignKey("integration_share",
                foreignKey("fk4flubouy5s02nrtatxg8p7l7a", "team_id", "team", "id").onDelete(CASCADE));
        op.addForeignKey("interview_assignments",
                foreignKey("fk_interview_assignments_event_id", "event_id", "interview_events", "event_id").onDelete(CASCADE));
        op.addForeignKey("interview_events",
                foreignKey("fk_interview_events_interview_id", "interview_id", "interviews", "interview_id"));
        op.addForeignKey("interview_events",
                foreignKey("fk_interview_events_schedule_id", "schedule_id", "interview_schedules", "schedule_id").onDelete(CASCADE));
        op.addForeignKey("interviews",
                foreignKey("fk_interviews_feedback_form_definition_id", "feedback_form_definition_id", "feedback_form_definitions", "form_definition_id"));
        op.addForeignKey("organization_members",
                foreignKey("fk67edx4b35ogkpk3ghbhwand9i", "user_id", "users", "id").onDelete(CASCADE));
        op.addForeignKey("organization_members",
                foreignKey("fk7vpc2vd3jlfahlombjdc32mhe", "organization_id", "organizations", "id").onDelete(CASCADE));
        op.addForeignKey("organization_members",
                foreignKey("fkect5w68p2326hevcb63uk5vl7", "invited_by_id", "users", "id"));
        op.addForeignKey("organizations",
                foreignKey("fk525ovcw3fy6440s4o0tj8xr95", "owner_id", "users", "id"));
        op.addForeignKey("resource_access",
                foreignKey("fk204biv8d6ldb5drktsm2kl06t", "resource_id", "service_resource", "id").onDelete(CASCADE));
        op.addForeignKey("resource_access",
                foreignKey("fkh70yyxb98p6nje9wnro7x46ro", "team_id", "team", "id"));
        op.addForeignKey("role_permissions",
                foreignKey("fkegdk29eiy7mdtefy5c7eirr6e", "permission_id", "permissions", "id"));
        op.addForeignKey("role_permissions",
                foreignKey("fkn5fotdgk8d1xvo8nav9uv3muc", "role_id", "roles", "id"));
        op.addForeignKey("service_resource",
                foreignKey("fke3x57pcspuufvvxnjjv0utgos", "integration_id", "integration", "id").onDelete(CASCADE));
        op.addForeignKey("slack_analysis",
                foreignKey("fk4l0ulstq0jjcnugjupexxjt9g", "team_id", "team", "id"));
        op.addForeignKey("slack_analysis",
                foreignKey("fk8pq9shey0cq3vk024rch4jmo1", "workspace_id", "slack_workspace", "id").onDelete(CASCADE));
        op.addForeignKey("slack_analysis_channel",
                foreignKey("fk3a02ykg8g55a45tbdka7vp2f8", "channel_id", "slack_channel", "id"));
        op.addForeignKey("slack_analysis_channel",
                foreignKey("fkfc9s38um73470mvc35wdci38b", "analysis_id", "slack_analysis", "id"));
        op.addForeignKey("slack_channel",
                foreignKey("fkgl5weqdg8xh1cnmk01rq62s71", "workspace_id", "slack_workspace", "id").onDelete(CASCADE));
        op.addForeignKey("slack_contribution",
                foreignKey("fk579h0nt0ytfbtiakmblx0lfrx", "user_id", "slack_user", "id").onDelete(CASCADE));
        op.addForeignKey("slack_contribution",
                foreignKey("fke5avw3nj3rs8nviov17tc8kcx", "analysis_id", "slack_analysis", "id").onDelete(CASCADE));
        op.addForeignKey("slack_message",
                foreignKey("fk8sw8c57ac5e0p2ivydk7tepjk", "user_id", "slack_user", "id"));
        op.addForeignKey("slack_message",
                foreignKey("fklqxmmfj5oaui9oi08ao2ivyda", "channel_id", "slack_channel", "id").onDelete(CASCADE));
        op.addForeignKey("slack_message",
                foreignKey("fkryra3mqsajkmy7vy8toueymhj", "parent_id", "slack_message", "id"));
        op.addForeignKey("slack_reaction",
                foreignKey("fkgucievf5epodgfebrohjvc4w3", "message_id", "slack_message", "id").onDelete(CASCADE));
        op.addForeignKey("slack_reaction",
                foreignKey("fkwm7jefg9lq3wh6j8ejqfjyo6", "user_id", "slack_user", "id").onDelete(CASCADE));
        op.addForeignKey("slack_user",
                foreignKey("fkiw5weu2cjqo26p8cimmej9unx", "workspace_id", "slack_workspace", "id").onDelete(CASCADE));
        op.addForeignKey("slack_workspace",
                foreignKey("fkobqrn1bbrxmfhqv2w9glo1spy", "team_id", "team", "id"));
        op.addForeignKey("team_member",
                foreignKey("fk9ubp79ei4tv4crd0r9n7u5i6e", "team_id", "team", "id").onDelete(CASCADE));
        op.addForeignKey("user_roles",
                foreignKey("fkh8ciramu9cc9q3qcqiv4ue8a6", "role_id", "roles", "id"));
        op.addForeignKey("user_roles",
                foreignKey("fkhfh9dx7w3ubf1co1vdev94g3f", "user_id", "users", "id"));
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("user_roles",
                foreignKey("fkhfh9dx7w3ubf1co1vdev94g3f", "user_id", "users", "id"));
        op.dropForeignKey("user_roles",
                foreignKey("fkh8ciramu9cc9q3qcqiv4ue8a6", "role_id", "roles", "id"));
        op.dropForeignKey("team_member",
                foreignKey("fk9ubp79ei4tv4crd0r9n7u5i6e", "team_id", "team", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_workspace",
                foreignKey("fkobqrn1bbrxmfhqv2w9glo1spy", "team_id", "team", "id"));
        op.dropForeignKey("slack_user",
                foreignKey("fkiw5weu2cjqo26p8cimmej9unx", "workspace_id", "slack_workspace", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_reaction",
                foreignKey("fkwm7jefg9lq3wh6j8ejqfjyo6", "user_id", "slack_user", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_reaction",
                foreignKey("fkgucievf5epodgfebrohjvc4w3", "message_id", "slack_message", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_message",
                foreignKey("fkryra3mqsajkmy7vy8toueymhj", "parent_id", "slack_message", "id"));
        op.dropForeignKey("slack_message",
                foreignKey("fklqxmmfj5oaui9oi08ao2ivyda", "channel_id", "slack_channel", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_message",
                foreignKey("fk8sw8c57ac5e0p2ivydk7tepjk", "user_id", "slack_user", "id"));
        op.dropForeignKey("slack_contribution",
                foreignKey("fke5avw3nj3rs8nviov17tc8kcx", "analysis_id", "slack_analysis", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_contribution",
                foreignKey("fk579h0nt0ytfbtiakmblx0lfrx", "user_id", "slack_user", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_channel",
                foreignKey("fkgl5weqdg8xh1cnmk01rq62s71", "workspace_id", "slack_workspace", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_analysis_channel",
                foreignKey("fkfc9s38um73470mvc35wdci38b", "analysis_id", "slack_analysis", "id"));
        op.dropForeignKey("slack_analysis_channel",
                foreignKey("fk3a02ykg8g55a45tbdka7vp2f8", "channel_id", "slack_channel", "id"));
        op.dropForeignKey("slack_analysis",
                foreignKey("fk8pq9shey0cq3vk024rch4jmo1", "workspace_id", "slack_workspace", "id").onDelete(CASCADE));
        op.dropForeignKey("slack_analysis",
                foreignKey("fk4l0ulstq0jjcnugjupexxjt9g", "team_id", "team", "id"));
        op.dropForeignKey("service_resource",
                foreignKey("fke3x57pcspuufvvxnjjv0utgos", "integration_id", "integration", "id").onDelete(CASCADE));
        op.dropForeignKey("role_permissions",
                foreignKey("fkn5fotdgk8d1xvo8nav9uv3muc", "role_id", "roles", "id"));
        op.dropForeignKey("role_permissions",
                foreignKey("fkegdk29eiy7mdtefy5c7eirr6e", "permission_id", "permissions", "id"));
        op.dropForeignKey("resource_access",
                foreignKey("fkh70yyxb98p6nje9wnro7x46ro", "team_id", "team", "id"));
        op.dropForeignKey("resource_access",
                foreignKey("fk204biv8d6ldb5drktsm2kl06t", "resource_id", "service_resource", "id").onDelete(CASCADE));
        op.dropForeignKey("organizations",
                foreignKey("fk525ovcw3fy6440s4o0tj8xr95", "owner_id", "users", "id"));
        op.dropForeignKey("organization_members",
                foreignKey("fkect5w68p2326hevcb63uk5vl7", "invited_by_id", "users", "id"));
        op.dropForeignKey("organization_members",
                foreignKey("fk7vpc2vd3jlfahlombjdc32mhe", "organization_id", "organizations", "id").onDelete(CASCADE));
        op.dropForeignKey("organization_members",
                foreignKey("fk67edx4b35ogkpk3ghbhwand9i", "user_id", "users", "id").onDelete(CASCADE));
        op.dropForeignKey("interviews",
                foreignKey("fk_interviews_feedback_form_definition_id", "feedback_form_definition_id", "feedback_form_definitions", "form_definition_id"));
        op.dropForeignKey("interview_events",
                foreignKey("fk_interview_events_schedule_id", "schedule_id", "interview_schedules", "schedule_id").onDelete(CASCADE));
        op.dropForeignKey("interview_events",
                foreignKey("fk_interview_events_interview_id", "interview_id", "interviews", "interview_id"));
        op.dropForeignKey("interview_assignments",
                foreignKey("fk_interview_assignments_event_id", "event_id", "interview_events", "event_id").onDelete(CASCADE));
        op.dropForeignKey("integration_share",
                foreignKey("fk4flubouy5s02nrtatxg8p7l7a", "team_id", "team", "id").onDelete(CASCADE));
        op.dropForeignKey("integration_share",
                foreignKey("fk45jwn802dyhiurpnmcmkqlglu", "integration_id", "integration", "id").onDelete(CASCADE));
        op.dropForeignKey("integration_event",
                foreignKey("fkf50hxubn8vkornd964pide7fu", "integration_id", "integration", "id").onDelete(CASCADE));
        op.dropForeignKey("integration_event",
                foreignKey("fk27oepnnrei9sk3wk0fqxxngr1", "affected_team_id", "team", "id"));
        op.dropForeignKey("integration_credential",
                foreignKey("fka8x0khcy207gkunnvy25ddu8b", "integration_id", "integration", "id").onDelete(CASCADE));
        op.dropForeignKey("integration",
                foreignKey("fk93jwws52pxqn4eatn19wxqm1v", "owner_team_id", "team", "id").onDelete(CASCADE));
        op.dropForeignKey("feedback_reminders_sent",
                foreignKey("fk_feedback_reminders_sent_slack_user_id", "slack_user_id", "slack_users", "slack_user_id"));
        op.dropForeignKey("feedback_reminders_sent",
                foreignKey("fk_feedback_reminders_sent_event_id", "event_id", "interview_events", "event_id").onDelete(CASCADE));
        op.dropForeignKey("feedback_drafts",
                foreignKey("fk_feedback_drafts_form_definition_id", "form_definition_id", "feedback_form_definitions", "form_definition_id"));
        op.dropForeignKey("feedback_drafts",
                foreignKey("fk_feedback_drafts_event_id", "event_id", "interview_events", "event_id").onDelete(CASCADE));
        op.dropIndex("team_member", index("ix_team_member_user_id", "user_id"));
        op.dropIndex("slack_user",
                index("ix_slack_user_workspace_id_email", "workspace_id", "email"));
        op.dropIndex("slack_message", index("ix_slack_message_user_id", "user_id"));
        op.dropIndex("slack_message", index("ix_slack_message_parent_id", "parent_id"));
        op.dropIndex("slack_message",
                index("ix_slack_message_channel_id_message_datetime", "channel_id", "message_datetime"));
        op.dropIndex("slack_contribution", index("ix_slack_contribution_user_id", "user_id"));
        op.dropIndex("slack_channel",
                index("ix_slack_channel_workspace_id_name", "workspace_id", "name"));
        op.dropIndex("slack_analysis",
                index("ix_slack_analysis_workspace_id_start_date", "workspace_id", "start_date"));
        op.dropIndex("organizations", index("ix_organizations_status", "status"));
        op.dropIndex("organization_members", index("ix_organization_members_user_id", "user_id"));
        op.dropIndex("interview_schedules", index("ix_interview_schedules_status", "status"));
        op.dropIndex("interview_schedules",
                index("ix_interview_schedules_application_id", "application_id"));
        op.dropIndex("interview_events", index("ix_interview_events_start_time", "start_time"));
        op.dropIndex("interview_events", index("ix_interview_events_schedule_id", "schedule_id"));
        op.dropIndex("interview_assignments",
                index("ix_interview_assignments_interviewer_email", "interviewer_email"));
        op.dropIndex("integration_event",
                index("ix_integration_event_integration_id_created_at", "integration_id", "created_at"));
        op.dropIndex("integration_credential",
                index("ix_integration_credential_integration_id", "integration_id"));
        op.dropIndex("integration",
                index("ix_integration_service_type_status", "service_type", "status"));
        op.dropIndex("integration", index("ix_integration_owner_team_id", "owner_team_id"));
        op.dropIndex("datamingle_users", index("ix_datamingle_users_email", "email"));
        op.dropIndex("ashby_webhook_payloads",
                index("ix_ashby_webhook_payloads_received_at", "received_at"));
        op.dropIndex("ashby_webhook_payloads", index("ix_ashby_webhook_payloads_action", "action"));
        op.dropTable("users",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("is_active", "boolean").notNull(),
                column("email", "character varying(320)").notNull(),
                column("full_name", "character varying(255)"),
                column("hashed_password", "character varying(255)").notNull(),
                column("last_login_at", "timestamp(6) with time zone"),
                column("is_superuser", "boolean").notNull(),
                column("username", "character varying(100)"),
                primaryKey(null, "id"),
                unique("uq_users_email", "email"),
                unique("uq_users_username", "username"));
        op.dropTable("user_roles",
                column("user_id", "bigint").notNull(),
                column("role_id", "bigint").notNull(),
                primaryKey(null, "role_id", "user_id"));
        op.dropTable("team_member",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("display_name", "character varying(255)"),
                column("email", "character varying(320)"),
                column("invitation_expires_at", "timestamp(6) with time zone"),
                column("invitation_status", "character varying(20)").notNull(),
                column("role", "character varying(20)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("user_id", "character varying(255)").notNull(),
                column("team_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_team_member_team_id_user_id", "team_id", "user_id"));
        op.dropTable("team",
                column("id", "bigint").generatedAsIdentity(),
                column("avatar_url", "character varying(1024)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("created_by_user_id", "character varying(255)"),
                column("description", "character varying(1000)"),
                column("name", "character varying(255)").notNull(),
                column("is_personal", "boolean").notNull(),
                column("slug", "character varying(100)").notNull(),
                column("team_size", "integer").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                primaryKey(null, "id"),
                unique("uq_team_slug", "slug"));
        op.dropTable("slack_workspace",
                column("id", "character varying(32)").notNull(),
                column("is_connected", "boolean").notNull(),
                column("connection_status", "character varying(20)").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("domain", "character varying(255)"),
                column("icon_url", "character varying(1024)"),
                column("last_connected_at", "timestamp(6) with time zone"),
                column("last_sync_at", "timestamp(6) with time zone"),
                column("name", "character varying(255)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("team_id", "bigint"),
                primaryKey(null, "id"));
        op.dropTable("slack_users",
                column("slack_user_id", "character varying(32)").notNull(),
                column("is_bot", "boolean").notNull(),
                column("is_deleted", "boolean").notNull(),
                column("display_name", "character varying(255)"),
                column("email", "character varying(320)").notNull(),
                column("real_name", "character varying(255)"),
                column("timezone", "character varying(64)"),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                primaryKey(null, "slack_user_id"));
        op.dropTable("slack_user",
                column("id", "character varying(32)").notNull(),
                column("is_admin", "boolean").notNull(),
                column("is_bot", "boolean").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("is_deleted", "boolean").notNull(),
                column("display_name", "character varying(255)"),
                column("email", "character varying(320)"),
                column("name", "character varying(255)").notNull(),
                column("profile_image_url", "character varying(1024)"),
                column("real_name", "character varying(255)"),
                column("timezone", "character varying(64)"),
                column("timezone_offset", "integer"),
                column("title", "character varying(255)"),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("workspace_id", "character varying(32)").notNull(),
                primaryKey(null, "id"));
        op.dropTable("slack_reaction",
                column("id", "bigint").generatedAsIdentity(),
                column("emoji_code", "character varying(100)"),
                column("emoji_name", "character varying(100)").notNull(),
                column("reaction_datetime", "timestamp(6) with time zone"),
                column("message_id", "bigint").notNull(),
                column("user_id", "character varying(32)").notNull(),
                primaryKey(null, "id"),
                unique("uq_slack_reaction_message_id_user_id_emoji_name", "message_id", "user_id", "emoji_name"));
        op.dropTable("slack_message",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("is_edited", "boolean").notNull(),
                column("message_datetime", "timestamp(6) with time zone").notNull(),
                column("message_type", "character varying(32)").notNull(),
                column("reaction_count", "integer").notNull(),
                column("reply_count", "integer").notNull(),
                column("slack_ts", "character varying(32)").notNull(),
                column("subtype", "character varying(64)"),
                column("text", "character varying(40000)"),
                column("thread_ts", "character varying(32)"),
                column("channel_id", "character varying(32)").notNull(),
                column("parent_id", "bigint"),
                column("user_id", "character varying(32)"),
                primaryKey(null, "id"),
                unique("uq_slack_message_channel_id_slack_ts", "channel_id", "slack_ts"));
        op.dropTable("slack_contribution",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("insights", "character varying(4000)"),
                column("knowledge_sharing_score", "numeric(5,2)"),
                column("leadership_score", "numeric(5,2)"),
                column("message_count", "integer").notNull(),
                column("problem_solving_score", "numeric(5,2)"),
                column("reaction_count", "integer").notNull(),
                column("reply_count", "integer").notNull(),
                column("thread_count", "integer").notNull(),
                column("total_score", "numeric(7,2)").notNull(),
                column("analysis_id", "bigint").notNull(),
                column("user_id", "character varying(32)").notNull(),
                primaryKey(null, "id"),
                unique("uq_slack_contribution_analysis_id_user_id", "analysis_id", "user_id"));
        op.dropTable("slack_channel",
                column("id", "character varying(32)").notNull(),
                column("is_archived", "boolean").notNull(),
                column("is_bot_member", "boolean").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("last_sync_at", "timestamp(6) with time zone"),
                column("member_count", "integer").notNull().withDefault("0"),
                column("name", "character varying(80)").notNull(),
                column("purpose", "character varying(250)"),
                column("is_selected_for_analysis", "boolean").notNull().withDefault("false"),
                column("topic", "character varying(250)"),
                column("type", "character varying(20)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("workspace_id", "character varying(32)").notNull(),
                primaryKey(null, "id"));
        op.dropTable("slack_analysis_channel",
                column("analysis_id", "bigint").notNull(),
                column("channel_id", "character varying(32)").notNull(),
                primaryKey(null, "analysis_id", "channel_id"));
        op.dropTable("slack_analysis",
                column("id", "bigint").generatedAsIdentity(),
                column("completed_at", "timestamp(6) with time zone"),
                column("cost_usd", "numeric(10,4)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("created_by_user_id", "character varying(255)"),
                column("description", "character varying(1000)"),
                column("end_date", "date").notNull(),
                column("llm_model", "character varying(100)"),
                column("message_count", "integer").notNull(),
                column("name", "character varying(255)").notNull(),
                column("participant_count", "integer").notNull(),
                column("start_date", "date").notNull(),
                column("status", "character varying(20)").notNull(),
                column("team_id", "bigint"),
                column("workspace_id", "character varying(32)").notNull(),
                primaryKey(null, "id"));
        op.dropTable("service_resource",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("external_id", "character varying(255)").notNull(),
                column("last_synced_at", "timestamp(6) with time zone"),
                column("name", "character varying(255)").notNull(),
                column("resource_type", "character varying(32)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("integration_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_service_resource_integration_id_resource_type_external_id", "integration_id", "resource_type", "external_id"));
        op.dropTable("roles",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("description", "character varying(255)"),
                column("name", "character varying(50)").notNull(),
                column("is_system", "boolean").notNull(),
                primaryKey(null, "id"),
                unique("uq_roles_name", "name"));
        op.dropTable("role_permissions",
                column("role_id", "bigint").notNull(),
                column("permission_id", "bigint").notNull(),
                primaryKey(null, "permission_id", "role_id"));
        op.dropTable("resource_access",
                column("id", "bigint").generatedAsIdentity(),
                column("access_level", "character varying(20)").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("granted_by_user_id", "character varying(255)"),
                column("resource_id", "bigint").notNull(),
                column("team_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_resource_access_resource_id_team_id", "resource_id", "team_id"));
        op.dropTable("permissions",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("action", "character varying(50)").notNull(),
                column("description", "character varying(255)"),
                column("name", "character varying(100)").notNull(),
                column("resource", "character varying(50)").notNull(),
                primaryKey(null, "id"),
                unique("uq_permissions_name", "name"),
                unique("uq_permissions_resource_action", "resource", "action"));
        op.dropTable("organizations",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("billing_email", "character varying(320)"),
                column("description", "character varying(1000)"),
                column("max_members", "integer"),
                column("monthly_budget", "numeric(12,2)"),
                column("name", "character varying(255)").notNull(),
                column("slug", "character varying(100)").notNull(),
                column("status", "character varying(20)").notNull().withDefault("'active'"),
                column("subscription_tier", "character varying(20)").notNull().withDefault("'free'"),
                column("owner_id", "bigint"),
                primaryKey(null, "id"),
                unique("uq_organizations_slug", "slug"));
        op.dropTable("organization_members",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("joined_at", "timestamp(6) with time zone"),
                column("role", "character varying(20)").notNull(),
                column("invited_by_id", "bigint"),
                column("organization_id", "bigint").notNull(),
                column("user_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_organization_members_organization_id_user_id", "organization_id", "user_id"));
        op.dropTable("interviews",
                column("interview_id", "uuid").notNull(),
                column("is_archived", "boolean").notNull(),
                column("is_debrief", "boolean").notNull(),
                column("external_title", "text"),
                column("instructions", "text"),
                column("title", "text"),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                column("feedback_form_definition_id", "uuid"),
                primaryKey(null, "interview_id"));
        op.dropTable("interview_schedules",
                column("schedule_id", "uuid").notNull(),
                column("application_id", "uuid").notNull(),
                column("candidate_id", "uuid"),
                column("candidate_name", "character varying(255)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("interview_stage_id", "uuid"),
                column("job_title", "character varying(255)"),
                column("status", "character varying(40)").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                primaryKey(null, "schedule_id"));
        op.dropTable("interview_events",
                column("event_id", "uuid").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("end_time", "timestamp(6) with time zone").notNull(),
                column("feedback_link", "character varying(1024)"),
                column("location", "character varying(255)"),
                column("meeting_link", "character varying(1024)"),
                column("start_time", "timestamp(6) with time zone").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                column("interview_id", "uuid"),
                column("schedule_id", "uuid").notNull(),
                primaryKey(null, "event_id"));
        op.dropTable("interview_assignments",
                column("assignment_id", "uuid").notNull(),
                column("assigned_at", "timestamp(6) with time zone"),
                column("feedback_submitted", "boolean").notNull(),
                column("interviewer_email", "character varying(320)").notNull(),
                column("interviewer_id", "uuid").notNull(),
                column("interviewer_name", "character varying(255)"),
                column("event_id", "uuid").notNull(),
                primaryKey(null, "assignment_id"),
                unique("uq_interview_assignments_event_id_interviewer_id", "event_id", "interviewer_id"));
        op.dropTable("integration_share",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("revoked_at", "timestamp(6) with time zone"),
                column("share_level", "character varying(20)").notNull(),
                column("shared_by_user_id", "character varying(255)"),
                column("status", "character varying(20)").notNull(),
                column("integration_id", "bigint").notNull(),
                column("team_id", "bigint").notNull(),
                primaryKey(null, "id"),
                unique("uq_integration_share_integration_id_team_id", "integration_id", "team_id"));
        op.dropTable("integration_event",
                column("id", "bigint").generatedAsIdentity(),
                column("actor_user_id", "character varying(255)"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("details", "character varying(4000)"),
                column("event_type", "character varying(32)").notNull(),
                column("affected_team_id", "bigint"),
                column("integration_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.dropTable("integration_credential",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("credential_type", "character varying(32)").notNull(),
                column("encrypted_value", "character varying(4096)").notNull(),
                column("expires_at", "timestamp(6) with time zone"),
                column("refresh_token_encrypted", "character varying(4096)"),
                column("scopes", "character varying(1000)"),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("integration_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.dropTable("integration",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("created_by_user_id", "character varying(255)"),
                column("description", "character varying(1000)"),
                column("last_used_at", "timestamp(6) with time zone"),
                column("name", "character varying(255)").notNull(),
                column("service_type", "character varying(32)").notNull(),
                column("status", "character varying(20)").notNull(),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("owner_team_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.dropTable("feedback_reminders_sent",
                column("reminder_id", "uuid").notNull(),
                column("interviewer_id", "uuid").notNull(),
                column("reminder_type", "character varying(20)").notNull(),
                column("sent_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                column("slack_channel_id", "character varying(32)"),
                column("slack_message_ts", "character varying(32)"),
                column("event_id", "uuid").notNull(),
                column("slack_user_id", "character varying(32)"),
                primaryKey(null, "reminder_id"),
                unique("uq_feedback_reminders_sent_event_id_interviewer_id_reminder_typ", "event_id", "interviewer_id", "reminder_type"));
        op.dropTable("feedback_form_definitions",
                column("form_definition_id", "uuid").notNull(),
                column("is_archived", "boolean").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("is_default_form", "boolean").notNull(),
                column("definition", "text").notNull(),
                column("title", "character varying(500)").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                primaryKey(null, "form_definition_id"));
        op.dropTable("feedback_drafts",
                column("draft_id", "uuid").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("form_values", "text").notNull(),
                column("interviewer_id", "uuid").notNull(),
                column("submitted", "boolean").notNull(),
                column("updated_at", "timestamp(6) with time zone").withDefault("now()"),
                column("event_id", "uuid").notNull(),
                column("form_definition_id", "uuid").notNull(),
                primaryKey(null, "draft_id"),
                unique("uq_feedback_drafts_event_id_interviewer_id", "event_id", "interviewer_id"));
        op.dropTable("datamingle_users",
                column("id", "bigint").generatedAsIdentity(),
                column("is_active", "boolean").notNull().withDefault("true"),
                column("is_admin", "boolean").notNull().withDefault("false"),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("email", "character varying(320)").notNull(),
                column("first_name", "character varying(100)"),
                column("language", "character varying(16)"),
                column("last_login_at", "timestamp(6) with time zone"),
                column("last_name", "character varying(100)"),
                column("profile_picture_url", "character varying(1024)"),
                column("timezone", "character varying(64)"),
                column("updated_at", "timestamp(6) with time zone").notNull(),
                column("workos_user_id", "character varying(255)").notNull(),
                primaryKey(null, "id"),
                unique("ukt5h5aq4figiw5jtbccipo3w74", "workos_user_id"));
        op.dropTable("ashby_webhook_payloads",
                column("payload_id", "uuid").notNull(),
                column("action", "character varying(100)").notNull(),
                column("payload", "text").notNull(),
                column("processed_at", "timestamp(6) with time zone"),
                column("processing_error", "character varying(2000)"),
                column("received_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                column("signature_valid", "boolean").notNull(),
                primaryKey(null, "payload_id"));
    }
}
