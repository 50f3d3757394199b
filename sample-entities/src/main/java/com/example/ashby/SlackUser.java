package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnDefault;

/**
 * The Slack workspace's user directory, matched to interviewers by email.
 * The entity name is explicit: {@code com.example.toban.SlackUser} already has the default name.
 */
@Entity(name = "AshbySlackUser")
@Table(name = "slack_users")
public class SlackUser {

    @Id
    @Size(max = 32)
    @Column(name = "slack_user_id", length = 32)
    private String slackUserId;

    @NotNull
    @Size(max = 320)
    @Column(name = "email", nullable = false, length = 320)
    private String email;

    @Size(max = 255)
    @Column(name = "real_name", length = 255)
    private String realName;

    @Size(max = 255)
    @Column(name = "display_name", length = 255)
    private String displayName;

    @Size(max = 64)
    @Column(name = "timezone", length = 64)
    private String timezone;

    @Column(name = "is_bot", nullable = false)
    private boolean bot;

    @Column(name = "is_deleted", nullable = false)
    private boolean deleted;

    @ColumnDefault("now()")
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public SlackUser() {
    }

    public String getSlackUserId() {
        return slackUserId;
    }

    public void setSlackUserId(String slackUserId) {
        this.slackUserId = slackUserId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public boolean isBot() {
        return bot;
    }

    public void setBot(boolean bot) {
        this.bot = bot;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
