package dev.autogen.scenarios.s61_inheritance_table_per_class.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "square")
public class Square extends Shape {

    @Column(name = "side", nullable = false)
    double side;
}
