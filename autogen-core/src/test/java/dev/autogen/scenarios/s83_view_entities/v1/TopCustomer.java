package dev.autogen.scenarios.s83_view_entities.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.View;

/** A view on a view, whose query stays the same. */
@Entity
@Immutable
@Table(name = "top_customer")
@View(query = "select customer from purchase_total where total > 1000")
public class TopCustomer {

    @Id
    @Column(name = "customer")
    String customer;
}
