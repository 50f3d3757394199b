package dev.autogen.scenarios.s67_type_changes_with_cast.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDateTime;

@Entity
@Table(name = "reading")
public class Reading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "quantity")
    String quantity;

    @Column(name = "external_ref", length = 36, nullable = false)
    String externalRef;

    @ColumnDefault("1")
    @Column(name = "active")
    Integer active;

    @Column(name = "level")
    Boolean level;

    @Column(name = "taken_on")
    LocalDateTime takenOn;

    @Column(name = "weight")
    Double weight;

    @Column(name = "serial")
    Long serial;
}
