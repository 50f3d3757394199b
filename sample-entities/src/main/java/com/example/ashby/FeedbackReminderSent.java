package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One reminder sent to one interviewer for one event, so that none is sent twice. */
@Entity
@Table(name = "feedback_reminders_sent", uniqueConstraints = @UniqueConstraint(
        name = "uq_feedback_reminders_sent_event_id_interviewer_id_reminder_typ",
        columnNames = {"event_id", "interviewer_id", "reminder_type"}))
public class FeedbackReminderSent {

    @Id
    @Column(name = "reminder_id")
    private UUID reminderId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_feedback_reminders_sent_event_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private InterviewEvent event;

    @NotNull
    @Column(name = "interviewer_id", nullable = false)
    private UUID interviewerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "slack_user_id", foreignKey = @ForeignKey(name = "fk_feedback_reminders_sent_slack_user_id"))
    private SlackUser slackUser;

    /** initial, followup or final. */
    @NotNull
    @Size(max = 20)
    @Column(name = "reminder_type", nullable = false, length = 20)
    private String reminderType;

    @Size(max = 32)
    @Column(name = "slack_channel_id", length = 32)
    private String slackChannelId;

    @Size(max = 32)
    @Column(name = "slack_message_ts", length = 32)
    private String slackMessageTs;

    @ColumnDefault("now()")
    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    public FeedbackReminderSent() {
    }

    public UUID getReminderId() {
        return reminderId;
    }

    public void setReminderId(UUID reminderId) {
        this.reminderId = reminderId;
    }

    public InterviewEvent getEvent() {
        return event;
    }

    public void setEvent(InterviewEvent event) {
        this.event = event;
    }

    public UUID getInterviewerId() {
        return interviewerId;
    }

    public void setInterviewerId(UUID interviewerId) {
        this.interviewerId = interviewerId;
    }

    public SlackUser getSlackUser() {
        return slackUser;
    }

    public void setSlackUser(SlackUser slackUser) {
        this.slackUser = slackUser;
    }

    public String getReminderType() {
        return reminderType;
    }

    public void setReminderType(String reminderType) {
        this.reminderType = reminderType;
    }

    public String getSlackChannelId() {
        return slackChannelId;
    }

    public void setSlackChannelId(String slackChannelId) {
        this.slackChannelId = slackChannelId;
    }

    public String getSlackMessageTs() {
        return slackMessageTs;
    }

    public void setSlackMessageTs(String slackMessageTs) {
        this.slackMessageTs = slackMessageTs;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public void setSentAt(OffsetDateTime sentAt) {
        this.sentAt = sentAt;
    }
}
