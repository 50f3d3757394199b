package dev.autogen.scenarios.views_raw_sql.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "name", length = 50, nullable = false)
    String name;

    @Column(name = "balance", precision = 10, scale = 2)
    BigDecimal balance;
}
