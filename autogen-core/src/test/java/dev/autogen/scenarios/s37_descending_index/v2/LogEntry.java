package dev.autogen.scenarios.s37_descending_index.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "log_entry", indexes = {
        @Index(name = "ix_log_entry_created_desc", columnList = "created_at desc, level"),
        @Index(name = "ix_log_entry_order_desc", columnList = "\"order\" DESC")
})
public class LogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "level", length = 10)
    String level;

    @Column(name = "\"order\"")
    Integer order;
}
