package dev.autogen.scenarios.s78_index_renamed.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "event",
        indexes = {
                @Index(name = "ix_event_kind", columnList = "kind, occurred_at"),
                @Index(name = "ux_event_external_ref", columnList = "external_ref", unique = true),
                @Index(columnList = "occurred_at")
        })
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "kind", length = 30, nullable = false)
    String kind;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "external_ref", length = 64)
    String externalRef;
}
