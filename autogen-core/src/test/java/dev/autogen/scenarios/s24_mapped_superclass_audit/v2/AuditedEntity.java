package dev.autogen.scenarios.s24_mapped_superclass_audit.v2;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;

@MappedSuperclass
public abstract class AuditedEntity extends BaseEntity {

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("now()")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "created_by", length = 64)
    String createdBy;
}
