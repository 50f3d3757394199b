package dev.autogen.scenarios.s21_composite_pk_embedded_id.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class RegionId implements Serializable {

    @Column(name = "country_code", length = 2)
    String countryCode;

    @Column(name = "region_code", length = 10)
    String regionCode;

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionId other
                && Objects.equals(countryCode, other.countryCode) && Objects.equals(regionCode, other.regionCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(countryCode, regionCode);
    }
}
