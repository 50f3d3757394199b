package com.example.datamingle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;

/**
 * A DataMingle user, authenticated by WorkOS. The table is {@code datamingle_users}, and the
 * entity name explicit, so as not to collide with theData.io's {@code users} / {@code User}.
 */
@Entity(name = "DataMingleUser")
@Table(name = "datamingle_users", indexes = @Index(name = "ix_datamingle_users_email", columnList = "email"))
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** WorkOS user id, the JWT 'sub' claim. */
    @NotNull
    @Size(max = 255)
    @Column(name = "workos_user_id", nullable = false, length = 255, unique = true)
    private String workosUserId;

    @NotNull
    @Size(max = 320)
    @Column(name = "email", nullable = false, length = 320)
    private String email;

    @Size(max = 100)
    @Column(name = "first_name", length = 100)
    private String firstName;

    @Size(max = 100)
    @Column(name = "last_name", length = 100)
    private String lastName;

    @Size(max = 1024)
    @Column(name = "profile_picture_url", length = 1024)
    private String profilePictureUrl;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @ColumnDefault("false")
    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    /** An IANA zone, "Europe/Paris". */
    @Size(max = 64)
    @Column(name = "timezone", length = 64)
    private String timezone;

    /** A BCP 47 tag, "en" or "pt-BR". */
    @Size(max = 16)
    @Column(name = "language", length = 16)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    public User() {
    }

    public Long getId() {
        return id;
    }

    public String getWorkosUserId() {
        return workosUserId;
    }

    public void setWorkosUserId(String workosUserId) {
        this.workosUserId = workosUserId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getProfilePictureUrl() {
        return profilePictureUrl;
    }

    public void setProfilePictureUrl(String profilePictureUrl) {
        this.profilePictureUrl = profilePictureUrl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }
}
