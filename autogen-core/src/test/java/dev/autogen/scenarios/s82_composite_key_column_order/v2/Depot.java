package dev.autogen.scenarios.s82_composite_key_column_order.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "depot")
public class Depot {

    @Id
    @Column(name = "id")
    Integer id;

    @Column(name = "city", length = 40)
    String city;
}
