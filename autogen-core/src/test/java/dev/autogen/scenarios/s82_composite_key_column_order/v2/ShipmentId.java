package dev.autogen.scenarios.s82_composite_key_column_order.v2;

import java.io.Serializable;
import java.util.Objects;

public class ShipmentId implements Serializable {

    String carrier;
    int year;
    long number;

    @Override
    public boolean equals(Object o) {
        return o instanceof ShipmentId s && carrier.equals(s.carrier) && year == s.year && number == s.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(carrier, year, number);
    }
}
