package dev.autogen.scenarios.s56_element_collection_embeddable.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(name = "street", length = 200, nullable = false)
    String street;

    @Column(name = "city", length = 100)
    String city;

    @Column(name = "postcode", length = 12)
    String postcode;
}
