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
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A partial feedback form submission, auto-saved from the Slack modal. */
@Entity
@Table(name = "feedback_drafts", uniqueConstraints = @UniqueConstraint(
        name = "uq_feedback_drafts_event_id_interviewer_id", columnNames = {"event_id", "interviewer_id"}))
public class FeedbackDraft {

    @Id
    @Column(name = "draft_id")
    private UUID draftId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, foreignKey = @ForeignKey(name = "fk_feedback_drafts_event_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private InterviewEvent event;

    @NotNull
    @Column(name = "interviewer_id", nullable = false)
    private UUID interviewerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_definition_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_feedback_drafts_form_definition_id"))
    private FeedbackFormDefinition formDefinition;

    /** The form's field values so far, as JSON text. */
    @NotNull
    @Column(name = "form_values", nullable = false, length = Length.LONG32)
    private String formValues;

    @Column(name = "submitted", nullable = false)
    private boolean submitted;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ColumnDefault("now()")
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public FeedbackDraft() {
    }

    public UUID getDraftId() {
        return draftId;
    }

    public void setDraftId(UUID draftId) {
        this.draftId = draftId;
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

    public FeedbackFormDefinition getFormDefinition() {
        return formDefinition;
    }

    public void setFormDefinition(FeedbackFormDefinition formDefinition) {
        this.formDefinition = formDefinition;
    }

    public String getFormValues() {
        return formValues;
    }

    public void setFormValues(String formValues) {
        this.formValues = formValues;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
