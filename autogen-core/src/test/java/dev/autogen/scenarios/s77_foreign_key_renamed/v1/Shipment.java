package dev.autogen.scenarios.s77_foreign_key_renamed.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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

    /** Hibernate names this one (FK + hash): it stays as it is. */
    @ManyToOne
    @JoinColumn(name = "backup_carrier_id")
    Carrier backupCarrier;
}
