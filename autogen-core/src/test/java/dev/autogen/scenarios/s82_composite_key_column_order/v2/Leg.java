package dev.autogen.scenarios.s82_composite_key_column_order.v2;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Declared (route_id, leg_no); the key is ordered (leg_no, route_id), and so is the foreign key to it. */
@Entity
@Table(name = "leg")
public class Leg {

    @EmbeddedId
    LegId id;

    @Column(name = "distance_km")
    Integer distanceKm;
}
