package dev.autogen.scenarios.s33_change_column_types.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "reading")
    Double reading;

    @Column(name = "day")
    LocalDateTime day;

    @Column(name = "taken_at")
    Instant takenAt;

    @Column(name = "code", length = 12)
    String code;
}
