package dev.autogen.scenarios.s01_create_from_empty.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "label", length = 50, nullable = false, unique = true)
    String label;
}
