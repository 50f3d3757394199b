package dev.autogen.scenarios.s06_add_not_null_column_with_default.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "owner", length = 100, nullable = false)
    String owner;

    @Column(name = "status", length = 20, nullable = false)
    @ColumnDefault("'new'")
    String status;

    @Column(name = "balance", precision = 12, scale = 2, nullable = false)
    @ColumnDefault("0")
    BigDecimal balance;

    @Column(name = "active", nullable = false)
    @ColumnDefault("true")
    boolean active;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("now()")
    Instant createdAt;
}
