package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;

/** An interview definition (reference table), keyed by Ashby's interview id. */
@Entity
@Table(name = "interviews")
public class Interview {

    @Id
    @Column(name = "interview_id")
    private UUID interviewId;

    /** {@code title TEXT} in schema.sql: a length beyond varchar's makes Hibernate emit {@code text}. */
    @Column(name = "title", length = Length.LONG32)
    private String title;

    @Column(name = "external_title", length = Length.LONG32)
    private String externalTitle;

    @Column(name = "instructions", length = Length.LONG32)
    private String instructions;

    @Column(name = "is_archived", nullable = false)
    private boolean archived;

    @Column(name = "is_debrief", nullable = false)
    private boolean debrief;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "feedback_form_definition_id",
            foreignKey = @ForeignKey(name = "fk_interviews_feedback_form_definition_id"))
    private FeedbackFormDefinition feedbackFormDefinition;

    @ColumnDefault("now()")
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public Interview() {
    }

    public UUID getInterviewId() {
        return interviewId;
    }

    public void setInterviewId(UUID interviewId) {
        this.interviewId = interviewId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getExternalTitle() {
        return externalTitle;
    }

    public void setExternalTitle(String externalTitle) {
        this.externalTitle = externalTitle;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public boolean isDebrief() {
        return debrief;
    }

    public void setDebrief(boolean debrief) {
        this.debrief = debrief;
    }

    public FeedbackFormDefinition getFeedbackFormDefinition() {
        return feedbackFormDefinition;
    }

    public void setFeedbackFormDefinition(FeedbackFormDefinition feedbackFormDefinition) {
        this.feedbackFormDefinition = feedbackFormDefinition;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
