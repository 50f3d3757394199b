package dev.autogen.scenarios.s82_composite_key_column_order.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "leg_event")
public class LegEvent {

    @Id
    @Column(name = "id")
    Long id;

    @ManyToOne
    @JoinColumns({
        @JoinColumn(name = "leg_route_id", referencedColumnName = "route_id"),
        @JoinColumn(name = "leg_no", referencedColumnName = "leg_no")
    })
    Leg leg;
}
