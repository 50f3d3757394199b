package dev.autogen.scenarios.s39_sequence_generator_added.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "total", precision = 12, scale = 2, nullable = false)
    BigDecimal total;
}
