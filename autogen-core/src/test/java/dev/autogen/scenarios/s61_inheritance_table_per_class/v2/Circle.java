package dev.autogen.scenarios.s61_inheritance_table_per_class.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "circle")
public class Circle extends Shape {

    @Column(name = "radius", nullable = false)
    double radius;
}
