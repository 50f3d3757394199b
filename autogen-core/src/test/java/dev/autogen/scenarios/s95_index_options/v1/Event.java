package dev.autogen.scenarios.s95_index_options.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "event", indexes = {
        @Index(name = "ix_event_kind", columnList = "kind"),
        @Index(name = "ix_event_tenant", columnList = "tenant_id"),
        @Index(name = "ix_event_open_title", columnList = "title", options = "where archived_at is null")
})
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "kind", length = 30, nullable = false)
    String kind;

    @Column(name = "title", length = 100)
    String title;

    @Column(name = "archived_at")
    Instant archivedAt;

    @Column(name = "tenant_id")
    Long tenantId;

    @Column(name = "external_ref", length = 64)
    String externalRef;
}
