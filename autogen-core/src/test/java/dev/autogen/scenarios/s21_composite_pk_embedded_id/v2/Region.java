package dev.autogen.scenarios.s21_composite_pk_embedded_id.v2;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
public class Region {

    @EmbeddedId
    RegionId id;

    @MapsId("countryCode")
    @ManyToOne
    @JoinColumn(name = "country_code")
    Country country;

    @Column(name = "name", length = 100)
    String name;
}
