package dev.autogen.scenarios.s83_view_entities.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

@Entity
@Immutable
@Subselect("select customer, min(id) as id from purchase group by customer")
@Synchronize("purchase")
public class FirstPurchase {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "customer")
    String customer;
}
