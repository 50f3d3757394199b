package dev.autogen.scenarios.s82_composite_key_column_order.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Declared carrier, year, number; Hibernate's export orders the key by size: year, number, carrier. */
@Entity
@Table(name = "shipment")
@IdClass(ShipmentId.class)
public class Shipment {

    @Id
    @Column(name = "carrier", length = 10)
    String carrier;

    @Id
    @Column(name = "year")
    int year;

    @Id
    @Column(name = "number")
    long number;

    @Column(name = "weight")
    Double weight;
}
