package dev.autogen.scenarios.s83_view_entities.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "customer", length = 100, nullable = false)
    String customer;

    @Column(name = "amount", precision = 10, scale = 2)
    BigDecimal amount;
}
