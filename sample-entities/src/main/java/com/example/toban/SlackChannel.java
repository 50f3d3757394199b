package com.example.toban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A channel of a Slack workspace; the id is Slack's channel id (C0123ABCD). */
@Entity
@Table(name = "slack_channel",
        indexes = @Index(name = "ix_slack_channel_workspace_id_name", columnList = "workspace_id, name"))
public class SlackChannel {

    @Id
    @Size(max = 32)
    @Column(name = "id", length = 32)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SlackWorkspace workspace;

    @NotNull
    @Size(max = 80)
    @Column(name = "name", nullable = false, length = 80)
    private String name;

    /** public, private, im or mpim. */
    @NotNull
    @Size(max = 20)
    @Column(name = "type", nullable = false, length = 20)
    private String type;

    @Size(max = 250)
    @Column(name = "purpose", length = 250)
    private String purpose;

    @Size(max = 250)
    @Column(name = "topic", length = 250)
    private String topic;

    @ColumnDefault("0")
    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "is_archived", nullable = false)
    private boolean archived;

    @Column(name = "is_bot_member", nullable = false)
    private boolean botMember;

    @ColumnDefault("false")
    @Column(name = "is_selected_for_analysis", nullable = false)
    private boolean selectedForAnalysis;

    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public SlackChannel() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SlackWorkspace getWorkspace() {
        return workspace;
    }

    public void setWorkspace(SlackWorkspace workspace) {
        this.workspace = workspace;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(int memberCount) {
        this.memberCount = memberCount;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public boolean isBotMember() {
        return botMember;
    }

    public void setBotMember(boolean botMember) {
        this.botMember = botMember;
    }

    public boolean isSelectedForAnalysis() {
        return selectedForAnalysis;
    }

    public void setSelectedForAnalysis(boolean selectedForAnalysis) {
        this.selectedForAnalysis = selectedForAnalysis;
    }

    public Instant getLastSyncAt() {
        return lastSyncAt;
    }

    public void setLastSyncAt(Instant lastSyncAt) {
        this.lastSyncAt = lastSyncAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
