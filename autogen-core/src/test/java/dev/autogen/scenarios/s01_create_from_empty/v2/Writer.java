package dev.autogen.scenarios.s01_create_from_empty.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.time.LocalDate;

@Entity
@Table(name = "writer")
public class Writer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "name", length = 120, nullable = false)
    String name;

    @Column(name = "email", length = 200, unique = true)
    String email;

    @Column(name = "born_on")
    LocalDate bornOn;

    @Column(name = "active", nullable = false)
    @ColumnDefault("true")
    boolean active;
}
