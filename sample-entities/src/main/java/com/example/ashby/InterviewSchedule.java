package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/** Interview schedule metadata, as Ashby's webhooks deliver it; the id is Ashby's. */
@Entity
@Table(name = "interview_schedules", indexes = {
        @Index(name = "ix_interview_schedules_application_id", columnList = "application_id"),
        @Index(name = "ix_interview_schedules_status", columnList = "status")})
public class InterviewSchedule {

    @Id
    @Column(name = "schedule_id")
    private UUID scheduleId;

    @NotNull
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "candidate_id")
    private UUID candidateId;

    @Column(name = "interview_stage_id")
    private UUID interviewStageId;

    /** WaitingOnCandidateBooking, Scheduled, Complete or Cancelled, as Ashby spells them. */
    @NotNull
    @Size(max = 40)
    @Column(name = "status", nullable = false, length = 40)
    private String status;

    @Size(max = 255)
    @Column(name = "candidate_name", length = 255)
    private String candidateName;

    @Size(max = 255)
    @Column(name = "job_title", length = 255)
    private String jobTitle;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ColumnDefault("now()")
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public InterviewSchedule() {
    }

    public UUID getScheduleId() {
        return scheduleId;
    }

    public void setScheduleId(UUID scheduleId) {
        this.scheduleId = scheduleId;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(UUID applicationId) {
        this.applicationId = applicationId;
    }

    public UUID getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(UUID candidateId) {
        this.candidateId = candidateId;
    }

    public UUID getInterviewStageId() {
        return interviewStageId;
    }

    public void setInterviewStageId(UUID interviewStageId) {
        this.interviewStageId = interviewStageId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
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
