package com.example.toban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A message captured from a Slack channel; Slack identifies it by (channel, ts). */
@Entity
@Table(name = "slack_message",
        uniqueConstraints = @UniqueConstraint(name = "uq_slack_message_channel_id_slack_ts", columnNames = {"channel_id", "slack_ts"}),
        indexes = {
                @Index(name = "ix_slack_message_user_id", columnList = "user_id"),
                @Index(name = "ix_slack_message_channel_id_message_datetime", columnList = "channel_id, message_datetime"),
                @Index(name = "ix_slack_message_parent_id", columnList = "parent_id")})
public class SlackMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SlackChannel channel;

    /** Null for messages of bots and integrations without a user. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private SlackUser user;

    /** The thread's first message, for replies. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private SlackMessage parent;

    /** Slack's message timestamp, "1712345678.123456". */
    @NotNull
    @Size(max = 32)
    @Column(name = "slack_ts", nullable = false, length = 32)
    private String slackTs;

    @Size(max = 32)
    @Column(name = "thread_ts", length = 32)
    private String threadTs;

    @Size(max = 40000)
    @Column(name = "text", length = 40000)
    private String text;

    @NotNull
    @Size(max = 32)
    @Column(name = "message_type", nullable = false, length = 32)
    private String messageType;

    @Size(max = 64)
    @Column(name = "subtype", length = 64)
    private String subtype;

    @Column(name = "is_edited", nullable = false)
    private boolean edited;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "reaction_count", nullable = false)
    private int reactionCount;

    @Column(name = "message_datetime", nullable = false)
    private OffsetDateTime messageDatetime;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public SlackMessage() {
    }

    public Long getId() {
        return id;
    }

    public SlackChannel getChannel() {
        return channel;
    }

    public void setChannel(SlackChannel channel) {
        this.channel = channel;
    }

    public SlackUser getUser() {
        return user;
    }

    public void setUser(SlackUser user) {
        this.user = user;
    }

    public SlackMessage getParent() {
        return parent;
    }

    public void setParent(SlackMessage parent) {
        this.parent = parent;
    }

    public String getSlackTs() {
        return slackTs;
    }

    public void setSlackTs(String slackTs) {
        this.slackTs = slackTs;
    }

    public String getThreadTs() {
        return threadTs;
    }

    public void setThreadTs(String threadTs) {
        this.threadTs = threadTs;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public String getSubtype() {
        return subtype;
    }

    public void setSubtype(String subtype) {
        this.subtype = subtype;
    }

    public boolean isEdited() {
        return edited;
    }

    public void setEdited(boolean edited) {
        this.edited = edited;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public void setReplyCount(int replyCount) {
        this.replyCount = replyCount;
    }

    public int getReactionCount() {
        return reactionCount;
    }

    public void setReactionCount(int reactionCount) {
        this.reactionCount = reactionCount;
    }

    public OffsetDateTime getMessageDatetime() {
        return messageDatetime;
    }

    public void setMessageDatetime(OffsetDateTime messageDatetime) {
        this.messageDatetime = messageDatetime;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
