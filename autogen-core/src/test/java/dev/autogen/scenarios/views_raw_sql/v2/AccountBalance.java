package dev.autogen.scenarios.views_raw_sql.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** Mapped to a view that the database's own scripts create: no table to add. */
@Entity
@Immutable
@Table(name = "account_balance")
public class AccountBalance {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "name")
    String name;

    @Column(name = "balance")
    BigDecimal balance;
}
