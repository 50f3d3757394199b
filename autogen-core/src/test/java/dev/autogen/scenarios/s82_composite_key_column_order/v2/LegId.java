package dev.autogen.scenarios.s82_composite_key_column_order.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class LegId implements Serializable {

    @Column(name = "route_id")
    long routeId;

    @Column(name = "leg_no")
    short legNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof LegId l && routeId == l.routeId && legNo == l.legNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(routeId, legNo);
    }
}
