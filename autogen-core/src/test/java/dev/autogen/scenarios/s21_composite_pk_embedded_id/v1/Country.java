package dev.autogen.scenarios.s21_composite_pk_embedded_id.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "code", length = 2)
    String code;

    @Column(name = "name", length = 100, nullable = false)
    String name;
}
