package com.example.toban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Fine-grained access of a team to one service resource. */
@Entity
@Table(name = "resource_access", uniqueConstraints = @UniqueConstraint(
        name = "uq_resource_access_resource_id_team_id", columnNames = {"resource_id", "team_id"}))
public class ResourceAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private ServiceResource resource;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    /** read, analyze or admin. */
    @NotNull
    @Size(max = 20)
    @Column(name = "access_level", nullable = false, length = 20)
    private String accessLevel;

    @Size(max = 255)
    @Column(name = "granted_by_user_id", length = 255)
    private String grantedByUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public ResourceAccess() {
    }

    public Long getId() {
        return id;
    }

    public ServiceResource getResource() {
        return resource;
    }

    public void setResource(ServiceResource resource) {
        this.resource = resource;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public String getAccessLevel() {
        return accessLevel;
    }

    public void setAccessLevel(String accessLevel) {
        this.accessLevel = accessLevel;
    }

    public String getGrantedByUserId() {
        return grantedByUserId;
    }

    public void setGrantedByUserId(String grantedByUserId) {
        this.grantedByUserId = grantedByUserId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
