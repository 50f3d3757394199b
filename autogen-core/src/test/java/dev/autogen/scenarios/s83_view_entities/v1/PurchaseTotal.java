package dev.autogen.scenarios.s83_view_entities.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;
import org.hibernate.annotations.View;

@Entity
@Immutable
@Table(name = "purchase_total")
@View(query = "select customer, sum(amount) as total from purchase group by customer")
@Synchronize("purchase")
public class PurchaseTotal {

    @Id
    @Column(name = "customer")
    String customer;

    @Column(name = "total")
    BigDecimal total;
}
