package dev.autogen.scenarios.s51_new_schema_with_tables.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "invoice", schema = "billing")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_gen")
    @SequenceGenerator(name = "invoice_gen", schema = "billing", sequenceName = "invoice_seq", allocationSize = 1)
    @Column(name = "id")
    Long id;

    @Column(name = "number", length = 30, nullable = false, unique = true)
    String number;

    @Column(name = "issued_on", nullable = false)
    LocalDate issuedOn;
}
