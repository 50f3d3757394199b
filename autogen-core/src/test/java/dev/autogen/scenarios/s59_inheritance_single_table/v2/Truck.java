package dev.autogen.scenarios.s59_inheritance_single_table.v2;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {

    @Column(name = "payload_tons", precision = 6, scale = 2)
    BigDecimal payloadTons;

    @Column(name = "axles", nullable = false)
    int axles;
}
