package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;

/** An Ashby feedback form schema (its field list kept as the JSON text Ashby returns). */
@Entity
@Table(name = "feedback_form_definitions")
public class FeedbackFormDefinition {

    @Id
    @Column(name = "form_definition_id")
    private UUID formDefinitionId;

    @NotNull
    @Size(max = 500)
    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @NotNull
    @Column(name = "definition", nullable = false, length = Length.LONG32)
    private String definition;

    @Column(name = "is_archived", nullable = false)
    private boolean archived;

    @Column(name = "is_default_form", nullable = false)
    private boolean defaultForm;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ColumnDefault("now()")
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public FeedbackFormDefinition() {
    }

    public UUID getFormDefinitionId() {
        return formDefinitionId;
    }

    public void setFormDefinitionId(UUID formDefinitionId) {
        this.formDefinitionId = formDefinitionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public boolean isDefaultForm() {
        return defaultForm;
    }

    public void setDefaultForm(boolean defaultForm) {
        this.defaultForm = defaultForm;
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
