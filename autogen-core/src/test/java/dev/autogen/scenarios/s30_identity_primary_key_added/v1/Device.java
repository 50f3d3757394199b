package dev.autogen.scenarios.s30_identity_primary_key_added.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "device")
public class Device {

    @Id
    @Column(name = "serial", length = 40)
    String serial;

    @Column(name = "label", length = 80)
    String label;
}
