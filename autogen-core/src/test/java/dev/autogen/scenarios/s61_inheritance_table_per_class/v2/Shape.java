package dev.autogen.scenarios.s61_inheritance_table_per_class.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shape {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shape_gen")
    @SequenceGenerator(name = "shape_gen", sequenceName = "shape_id_seq", allocationSize = 10)
    @Column(name = "id")
    Long id;

    @Column(name = "colour", length = 20)
    String colour;
}
