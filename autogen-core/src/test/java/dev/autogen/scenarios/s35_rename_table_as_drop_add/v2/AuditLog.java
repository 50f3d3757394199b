package dev.autogen.scenarios.s35_rename_table_as_drop_add.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;

@Entity
@Table(name = "audit_log")
public class AuditLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "message", length = 500, nullable = false)
    String message;

    @Column(name = "logged_at", nullable = false)
    @ColumnDefault("now()")
    Instant loggedAt;
}
