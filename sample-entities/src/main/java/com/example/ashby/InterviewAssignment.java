package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An interviewer assigned to an interview event. */
@Entity
@Table(name = "interview_assignments",
        uniqueConstraints = @UniqueConstraint(name = "uq_interview_assignments_event_id_interviewer_id",
                columnNames = {"event_id", "interviewer_id"}),
        indexes = @Index(name = "ix_interview_assignments_interviewer_email", columnList = "interviewer_email"))
public class InterviewAssignment {

    @Id
    @Column(name = "assignment_id")
    private UUID assignmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_interview_assignments_event_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private InterviewEvent event;

    /** Ashby's user id of the interviewer. */
    @NotNull
    @Column(name = "interviewer_id", nullable = false)
    private UUID interviewerId;

    @NotNull
    @Size(max = 320)
    @Column(name = "interviewer_email", nullable = false, length = 320)
    private String interviewerEmail;

    @Size(max = 255)
    @Column(name = "interviewer_name", length = 255)
    private String interviewerName;

    @Column(name = "feedback_submitted", nullable = false)
    private boolean feedbackSubmitted;

    @Column(name = "assigned_at")
    private OffsetDateTime assignedAt;

    public InterviewAssignment() {
    }

    public UUID getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(UUID assignmentId) {
        this.assignmentId = assignmentId;
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

    public String getInterviewerEmail() {
        return interviewerEmail;
    }

    public void setInterviewerEmail(String interviewerEmail) {
        this.interviewerEmail = interviewerEmail;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public void setInterviewerName(String interviewerName) {
        this.interviewerName = interviewerName;
    }

    public boolean isFeedbackSubmitted() {
        return feedbackSubmitted;
    }

    public void setFeedbackSubmitted(boolean feedbackSubmitted) {
        this.feedbackSubmitted = feedbackSubmitted;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public void setAssignedAt(OffsetDateTime assignedAt) {
        this.assignedAt = assignedAt;
    }
}
