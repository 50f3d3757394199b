package dev.autogen.scenarios.s24_mapped_superclass_audit.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "part")
public class Part extends AuditedEntity {

    @Column(name = "sku", length = 40, nullable = false, unique = true)
    String sku;
}
