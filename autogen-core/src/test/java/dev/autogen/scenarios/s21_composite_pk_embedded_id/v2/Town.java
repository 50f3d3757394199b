package dev.autogen.scenarios.s21_composite_pk_embedded_id.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "town")
public class Town {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "country_code", referencedColumnName = "country_code"),
            @JoinColumn(name = "region_code", referencedColumnName = "region_code")
    })
    Region region;

    @Column(name = "name", length = 100)
    String name;
}
