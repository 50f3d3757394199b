package dev.autogen.scenarios.s61_inheritance_table_per_class.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A concrete class at the root of its own branch: its own table as well. */
@Entity
@Table(name = "polygon")
public class Polygon extends Shape {

    @Column(name = "corners", nullable = false)
    int corners;
}
