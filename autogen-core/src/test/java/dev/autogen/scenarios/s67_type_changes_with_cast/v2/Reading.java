package dev.autogen.scenarios.s67_type_changes_with_cast.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "reading")
public class Reading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "quantity")
    Integer quantity;

    @Column(name = "external_ref", nullable = false)
    UUID externalRef;

    @ColumnDefault("true")
    @Column(name = "active")
    Boolean active;

    @Column(name = "level")
    Integer level;

    @Column(name = "taken_on")
    LocalDate takenOn;

    @Column(name = "weight", precision = 10, scale = 3)
    BigDecimal weight;

    @Column(name = "serial", length = 40)
    String serial;
}
