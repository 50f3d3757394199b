package dev.autogen.scenarios.s31_assigned_id_becomes_identity.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "batch")
public class Batch {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "label", length = 80)
    String label;
}
