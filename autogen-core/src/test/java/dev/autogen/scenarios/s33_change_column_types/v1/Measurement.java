package dev.autogen.scenarios.s33_change_column_types.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "reading")
    Float reading;

    @Column(name = "day")
    LocalDate day;

    @Column(name = "taken_at")
    LocalDateTime takenAt;

    @Column(name = "code")
    Integer code;
}
