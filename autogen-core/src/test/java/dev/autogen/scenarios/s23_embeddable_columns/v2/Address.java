package dev.autogen.scenarios.s23_embeddable_columns.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(name = "street", length = 200)
    String street;

    @Column(name = "city", length = 100)
    String city;

    @Column(name = "postcode", length = 20)
    String postcode;
}
