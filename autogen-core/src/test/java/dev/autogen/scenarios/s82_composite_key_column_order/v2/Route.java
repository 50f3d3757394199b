package dev.autogen.scenarios.s82_composite_key_column_order.v2;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collection tables whose keys Hibernate orders by size: route_stop (stop_index before route_id),
 * route_name (locale before route_id), route_depots (join table with an order column).
 */
@Entity
@Table(name = "route")
public class Route {

    @Id
    @Column(name = "id")
    Long id;

    @ElementCollection
    @CollectionTable(name = "route_stop", joinColumns = @JoinColumn(name = "route_id"))
    @OrderColumn(name = "stop_index")
    @Column(name = "stop", length = 60)
    List<String> stops = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "route_name", joinColumns = @JoinColumn(name = "route_id"))
    @MapKeyColumn(name = "locale", length = 5)
    @Column(name = "name", length = 80)
    Map<String, String> names = new HashMap<>();

    @ManyToMany
    @OrderColumn(name = "visit")
    List<Depot> depots = new ArrayList<>();
}
