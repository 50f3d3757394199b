package dev.autogen.scenarios.s30_identity_primary_key_added.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "device",
        uniqueConstraints = @UniqueConstraint(name = "uk_device_serial", columnNames = "serial"))
public class Device {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "serial", length = 40, nullable = false)
    String serial;

    @Column(name = "label", length = 80)
    String label;
}
