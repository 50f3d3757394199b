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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Audit log of integration actions (created, shared, revoked, token refreshed...). */
@Entity
@Table(name = "integration_event",
        indexes = @Index(name = "ix_integration_event_integration_id_created_at", columnList = "integration_id, created_at"))
public class IntegrationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "integration_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Integration integration;

    /** The team an action was about (a share, a revocation); null for most events. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affected_team_id")
    private Team affectedTeam;

    @NotNull
    @Size(max = 32)
    @Column(name = "event_type", nullable = false, length = 32)
    private String eventType;

    @Size(max = 255)
    @Column(name = "actor_user_id", length = 255)
    private String actorUserId;

    @Size(max = 4000)
    @Column(name = "details", length = 4000)
    private String details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public IntegrationEvent() {
    }

    public Long getId() {
        return id;
    }

    public Integration getIntegration() {
        return integration;
    }

    public void setIntegration(Integration integration) {
        this.integration = integration;
    }

    public Team getAffectedTeam() {
        return affectedTeam;
    }

    public void setAffectedTeam(Team affectedTeam) {
        this.affectedTeam = affectedTeam;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getActorUserId() {
        return actorUserId;
    }

    public void setActorUserId(String actorUserId) {
        this.actorUserId = actorUserId;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
