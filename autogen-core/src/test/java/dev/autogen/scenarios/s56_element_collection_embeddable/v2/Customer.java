package dev.autogen.scenarios.s56_element_collection_embeddable.v2;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "name", length = 100)
    String name;

    @ElementCollection
    @CollectionTable(name = "customer_address", joinColumns = @JoinColumn(name = "customer_id"))
    List<Address> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_old_address", joinColumns = @JoinColumn(name = "customer_id"))
    @AttributeOverride(name = "street", column = @Column(name = "old_street", length = 150))
    List<Address> previousAddresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_attribute", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "attr_key", length = 40)
    @Column(name = "attr_value", length = 400)
    Map<String, String> attributes = new HashMap<>();
}
