package dev.autogen.scenarios.s40_sequence_allocation_size_changed.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_gen")
    @SequenceGenerator(name = "purchase_gen", sequenceName = "purchase_seq", allocationSize = 5)
    @Column(name = "id")
    Long id;

    @Column(name = "item", length = 100, nullable = false)
    String item;
}
