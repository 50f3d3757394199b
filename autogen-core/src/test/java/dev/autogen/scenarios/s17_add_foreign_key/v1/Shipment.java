package dev.autogen.scenarios.s17_add_foreign_key.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "carrier_id")
    Long carrierId;

    @Column(name = "origin_id")
    Long originId;

    @Column(name = "weight", precision = 8, scale = 3)
    BigDecimal weight;
}
