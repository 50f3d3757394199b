package dev.autogen.scenarios.s18_drop_foreign_key.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne
    @JoinColumn(name = "carrier_id", foreignKey = @ForeignKey(name = "fk_shipment_carrier"))
    Carrier carrier;

    @ManyToOne
    @JoinColumn(name = "origin_id")
    Depot origin;

    @Column(name = "weight", precision = 8, scale = 3)
    BigDecimal weight;
}
