package dev.autogen.scenarios.s24_mapped_superclass_audit.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "contract")
public class Contract extends AuditedEntity {

    @Column(name = "reference", length = 50)
    String reference;

    @ManyToOne
    @JoinColumn(name = "supplier_id")
    Supplier supplier;
}
