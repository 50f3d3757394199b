package dev.autogen.scenarios.s24_mapped_superclass_audit.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "supplier")
public class Supplier extends AuditedEntity {

    @Column(name = "name", length = 100)
    String name;
}
