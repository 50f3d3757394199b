package dev.autogen.scenarios.s39_sequence_generator_added.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_gen")
    @SequenceGenerator(name = "invoice_gen", sequenceName = "invoice_number_seq", initialValue = 1000,
            allocationSize = 20)
    @Column(name = "id")
    Long id;

    @Column(name = "total", precision = 12, scale = 2, nullable = false)
    BigDecimal total;
}
