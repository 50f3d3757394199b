package dev.autogen.scenarios.s13_change_defaults.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;

@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "label", length = 40)
    String label;

    @Column(name = "retries", nullable = false)
    @ColumnDefault("3")
    int retries;

    @Column(name = "enabled", nullable = false)
    @ColumnDefault("false")
    boolean enabled;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("now()")
    Instant createdAt;
}
