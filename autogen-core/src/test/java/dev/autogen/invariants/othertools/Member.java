package dev.autogen.invariants.othertools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A {@code bigserial} id under the generator of its own sequence, and time columns without a precision. */
@Entity
@Table(name = "users")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_gen")
    @SequenceGenerator(name = "users_gen", sequenceName = "users_id_seq", allocationSize = 1)
    Long id;

    @Column(name = "created")
    LocalDateTime created;

    @Column(name = "seen")
    OffsetDateTime seen;

    /** Hibernate maps {@code LocalTime} to {@code time(0)}; {@code time(6)} is what a bare {@code time} column is. */
    @Column(name = "opens", columnDefinition = "time(6)")
    LocalTime opens;

    @Column(name = "note", length = 20)
    String note;
}
